import { useEffect, useRef } from 'react';
import { audioDownloadOf } from '../../domain/audio-format';
import { displayTitle, finalAudioUrl, type Clip } from '../../domain/clip';
import { clipJson } from './clip-json';
import { sameFile } from './fetch-media';
import { saveItem, type DownloadItem } from './save-file';

function itemsFor(clip: Clip, lrc: string | null): DownloadItem[] {
  const items: DownloadItem[] = [];
  const audio = finalAudioUrl(clip);
  if (audio) {
    // Some providers' files are `.m4a`: saved as such, not misnamed `.mp3`.
    const { label, ext, type } = audioDownloadOf(audio);
    items.push({ label, ext, source: { url: audio, type } });
  }
  if (clip.videoUrl && !clip.isVideoPending)
    items.push({ label: 'MP4 video', ext: 'mp4', source: { url: clip.videoUrl } });
  const cover = clip.imageLargeUrl ?? clip.imageUrl;
  if (cover) items.push({ label: 'Cover image', ext: 'jpeg', source: { url: cover } });
  if (clip.lyrics)
    items.push({
      label: 'Lyrics (text)',
      ext: 'txt',
      source: { text: clip.lyrics, type: 'text/plain;charset=utf-8' },
    });
  if (lrc)
    items.push({
      label: 'Lyrics (LRC, timed)',
      ext: 'lrc',
      source: { text: lrc, type: 'text/plain;charset=utf-8' },
    });
  items.push({
    label: 'Details (JSON)',
    ext: 'json',
    source: { text: clipJson(clip), type: 'application/json' },
  });
  return items;
}

interface DownloadListProps {
  id: string;
  clip: Clip;
  lrc: string | null;
  onClose: () => void;
  /** What to tell the person after a save (null when it simply worked). */
  onSaved: (note: string | null) => void;
  /** The clip as the provider gives it now, for a link that failed. */
  refresh: (failedUrl: string) => Promise<Clip | null>;
  /** The clip's share link, written into its MP3's tags. */
  shareLink?: string;
  /** Part of a card's "⋯" menu: its files are items of that menu, listed in place. */
  inMenu?: boolean;
}

/** The open Download menu: one button per file; Escape or a click elsewhere closes it. */
export default function DownloadList(props: DownloadListProps) {
  const { id, clip, lrc, onClose, onSaved, refresh, shareLink, inMenu = false } = props;
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // The card's menu closes on Escape and outside clicks by itself, and this list with it.
    if (inMenu) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      // The menu's own button toggles it; clicks inside the list are its own.
      const within = list.current?.parentElement;
      if (e instanceof MouseEvent && within?.contains(e.target as Node)) return;
      onClose();
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [onClose, inMenu]);

  async function download(item: DownloadItem) {
    onClose();
    const freshUrl = async (failed: string) => {
      onSaved('Refreshing the link…');
      const fresh = await refresh(failed);
      return fresh ? sameFile(item.ext, fresh) : null;
    };
    onSaved(await saveItem(item, displayTitle(clip), clip.id, freshUrl, { clip, shareLink, lrc }));
  }

  return (
    <ul
      ref={list}
      id={id}
      aria-label="Download files"
      role={inMenu ? 'group' : undefined}
      className={
        inMenu
          ? 'ml-3 border-l border-zinc-200 pl-1 dark:border-zinc-700'
          : 'absolute bottom-full left-0 z-10 mb-1 w-48 rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900'
      }
    >
      {itemsFor(clip, lrc).map((item) => (
        <li key={item.ext} role={inMenu ? 'none' : undefined}>
          <button
            type="button"
            role={inMenu ? 'menuitem' : undefined}
            tabIndex={inMenu ? -1 : undefined}
            onClick={() => void download(item)}
            className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 focus:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus:bg-zinc-800"
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
