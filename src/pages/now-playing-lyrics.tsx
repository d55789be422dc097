/**
 * The now-playing bar's "Lyrics": a panel (the whole screen on a phone) with the lyrics of
 * whichever clip plays, following it, on every page. Loaded with the bar's first render.
 */
import { useEffect, useId, useState } from 'react';
import { useTimedLyrics } from '../api/timings';
import { displayTitle, type Clip } from '../domain/clip';
import { taskIdOf } from '../domain/lookup-target';
import type { QueueOwner } from '../features/player';
import { configFrom, useSettings } from '../features/settings';
import { secondaryButton } from '../ui/button-styles';
import { ClipLyrics } from './clip-lyrics';

export default function NowPlayingLyrics({
  clip,
  owner,
}: {
  clip: Clip;
  owner: QueueOwner | null;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const settings = useSettings();
  const config = configFrom(settings);
  // Only the person's own provider can be asked: a share link's clips may come from another.
  const own = owner !== null && owner.provider === config.kind;
  const taskId = own ? taskIdOf(owner.target, owner.takes, clip.id) : null;
  const timed = useTimedLyrics(
    config,
    { id: clip.id, taskId, status: clip.status, lyrics: clip.lyrics },
    open && own && clip.hasVocal !== false,
  );

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="rounded-lg px-2 py-1 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        Lyrics
      </button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-label="Lyrics of the clip playing"
          className="fixed inset-0 z-30 flex flex-col gap-2 overflow-y-auto bg-white p-4 sm:inset-auto sm:right-4 sm:bottom-24 sm:max-h-[70vh] sm:w-96 sm:rounded-xl sm:border sm:border-zinc-200 sm:shadow-sm dark:bg-zinc-950 sm:dark:border-zinc-800"
        >
          <div className="flex items-center justify-between gap-2">
            <p className="font-semibold [overflow-wrap:anywhere]">{displayTitle(clip)}</p>
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          <ClipLyrics clip={clip} timed={timed} />
        </div>
      ) : null}
    </>
  );
}
