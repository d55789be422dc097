/**
 * "Kept on this device" on the start page: the kept clips as the gallery shows them, playing,
 * sharing and saving from their local copies, with the space they take and their removal.
 */
import { useEffect, useMemo, useState } from 'react';
import { keptBytes, type KeptRecord } from '../api/kept/kept-record';
import { localClip, unkeep, unkeepAll, useKept } from '../api/kept/kept-store';
import type { Clip } from '../domain/clip';
import { clipLrc } from '../domain/lrc';
import { buildShareLink } from '../domain/share-link';
import { timeLyrics } from '../domain/timed-lyrics';
import { countOf, formatBytes } from '../lib/format';
import { DownloadMenu } from '../features/clip';
import { ClipCard, Gallery } from '../features/gallery';
import { ClipPlayer, usePlayback } from '../features/player';
import { ShareButton } from '../features/share';
import { secondaryButton } from '../ui/button-styles';
import { useMenuItem } from '../ui/menu-item';

/** The kept clips with links on this device, in the list's order; missing files are left out. */
function useLocalClips(records: readonly KeptRecord[]): Map<string, Clip> | null {
  const [clips, setClips] = useState<Map<string, Clip> | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all(records.map((r) => localClip(r).catch(() => null))).then((found) => {
      if (!current) return;
      setClips(new Map(found.flatMap((clip) => (clip ? [[clip.id, clip]] : []))));
    });
    return () => {
      current = false;
    };
  }, [records]);
  return clips;
}

/** What the browser says is left for this site, when it says. */
function useFreeSpace(used: number): number | null {
  const [free, setFree] = useState<number | null>(null);
  useEffect(() => {
    void navigator.storage
      ?.estimate?.()
      .then((e) =>
        setFree(e.quota !== undefined && e.usage !== undefined ? e.quota - e.usage : null),
      )
      .catch(() => setFree(null));
  }, [used]);
  return free;
}

function KeptCard({ record, clip }: { record: KeptRecord; clip: Clip }) {
  const playback = usePlayback();
  const timed = record.timed ? timeLyrics(record.timed, clip.lyrics) : null;
  const lrc = timed ? clipLrc(clip, timed) : null;
  const shareLink = buildShareLink(window.location.origin, {
    provider: record.provider,
    lookup: record.target,
    clipId: clip.id,
    at: null,
  });
  return (
    <ClipCard
      clip={clip}
      player={<ClipPlayer clip={clip} />}
      actions={
        <>
          <ShareButton
            // The provider's own links, not this device's blob: ones: what a friend can open.
            clip={record.clip}
            provider={record.provider}
            target={record.target}
            currentTime={() => playback.positionOf(clip.id)}
          />
          <DownloadMenu
            clip={clip}
            lrc={lrc}
            refresh={() => Promise.resolve(null)}
            shareLink={shareLink}
          />
          <RemoveAction clipId={clip.id} />
        </>
      }
    />
  );
}

/** Removes the local copy: an item of the card's menu. */
function RemoveAction({ clipId }: { clipId: string }) {
  const item = useMenuItem();
  return (
    <button type="button" {...item} onClick={() => void unkeep(clipId)}>
      Remove
    </button>
  );
}

export default function KeptSection() {
  const kept = useKept();
  const clips = useLocalClips(kept.records);
  const playback = usePlayback();
  const [confirming, setConfirming] = useState(false);
  const used = kept.records.reduce((sum, r) => sum + keptBytes(r), 0);
  const free = useFreeSpace(used);
  const shown = useMemo(
    () =>
      kept.records.flatMap((r) => (clips?.get(r.clip.id) ? [clips.get(r.clip.id) as Clip] : [])),
    [kept.records, clips],
  );
  const byId = useMemo(() => new Map(kept.records.map((r) => [r.clip.id, r])), [kept.records]);

  useEffect(() => {
    // Played from here, one kept clip leads to the next.
    if (shown.length > 0) playback.setQueue(shown, null);
  }, [shown, playback]);

  if (kept.records.length === 0) return null;
  return (
    <section aria-labelledby="kept-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="kept-heading" className="text-lg font-semibold">
            Kept on this device
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {countOf(kept.records.length, 'clip')} · {formatBytes(used)} used
            {free !== null ? ` · ${formatBytes(free)} free` : ''}
          </p>
        </div>
        {confirming ? (
          <div role="group" aria-label="Remove every kept clip?" className="flex flex-wrap gap-2">
            <button
              type="button"
              className={secondaryButton}
              onClick={() => void unkeepAll().finally(() => setConfirming(false))}
            >
              Remove {countOf(kept.records.length, 'clip')}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        ) : (
          <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
            Remove all
          </button>
        )}
      </div>
      <Gallery
        groups={[{ key: 'kept', header: null, clips: shown }]}
        renderCard={(clip) => {
          const record = byId.get(clip.id);
          return record ? <KeptCard record={record} clip={clip} /> : null;
        }}
      />
    </section>
  );
}
