import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { displayTitle, type Clip } from '../../../domain/clip';
import { Modal } from '../../../ui/modal';
import { freshMedia, refusedMessage, REFRESHING } from '../source/media-healing';
import { usePlayer } from '../engine/player-context';

interface VideoDialogProps {
  clip: Clip;
  videoUrl: string;
  /** Where the audio was, and whether it was playing, when the video took over. */
  start: { at: number; playing: boolean };
  /** Hands back the video's position and whether it was paused. */
  onClose: (at: number, paused: boolean) => void;
}

type Trouble = { kind: 'refreshing' } | { kind: 'refused' } | null;

export default function VideoDialog({ clip, videoUrl, start, onClose }: VideoDialogProps) {
  const player = usePlayer();
  const video = useRef<HTMLVideoElement>(null);
  // A fresh link replaces one that expired; the page's copy of the clip catches up on its own.
  const [healed, setHealed] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble>(null);
  const src = healed ?? videoUrl;
  // Where to go on from when the source changes: the hand-over first, then the failed moment.
  const resumeAt = useRef(start);

  // The error handler sees the latest clip without re-arming the listeners.
  const onFailure = useEffectEvent(() => heal());

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    const takeOver = () => {
      const { at, playing } = resumeAt.current;
      if (at > 0) el.currentTime = at;
      if (playing) void el.play().catch(() => undefined);
    };
    const failed = () => void onFailure();
    // The metadata may already be there (a cached file) by the time this runs.
    if (el.readyState >= HTMLMediaElement.HAVE_METADATA) takeOver();
    else el.addEventListener('loadedmetadata', takeOver, { once: true });
    // The failure may have come before this ran (a link refused at once).
    if (el.error) failed();
    else el.addEventListener('error', failed, { once: true });
    return () => {
      el.removeEventListener('loadedmetadata', takeOver);
      el.removeEventListener('error', failed);
    };
  }, [src]);

  async function heal(again = false) {
    const el = video.current;
    if (el && el.currentTime > 0) resumeAt.current = { at: el.currentTime, playing: true };
    else resumeAt.current = { ...resumeAt.current, playing: true };
    setTrouble({ kind: 'refreshing' });
    const owner = player.getState().owner;
    const fresh = await freshMedia(owner, clip, src, (c) => c.videoUrl, again);
    setTrouble(fresh ? null : { kind: 'refused' });
    if (fresh) setHealed(fresh.url);
  }

  function close() {
    const el = video.current;
    const paused = el ? el.paused || el.ended : true;
    el?.pause();
    onClose(el?.currentTime || resumeAt.current.at, paused);
  }
  return (
    <Modal open title={displayTitle(clip)} onClose={close} size="lg">
      <video
        ref={video}
        src={src}
        poster={clip.imageLargeUrl ?? clip.imageUrl ?? undefined}
        controls
        playsInline
        preload="metadata"
        className="aspect-square max-h-[70dvh] w-full rounded-xl bg-black"
      />
      <VideoTrouble trouble={trouble} retry={() => void heal(true)} />
    </Modal>
  );
}

function VideoTrouble({ trouble, retry }: { trouble: Trouble; retry: () => void }) {
  if (!trouble) return null;
  if (trouble.kind === 'refreshing') {
    return (
      <p role="status" className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {REFRESHING}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="mt-2 flex items-center gap-3 text-sm text-red-700 dark:text-red-400"
    >
      <p>{refusedMessage('video')}</p>
      <button
        type="button"
        onClick={retry}
        className="rounded-lg border border-current px-2 py-0.5 text-xs font-medium"
      >
        Retry
      </button>
    </div>
  );
}
