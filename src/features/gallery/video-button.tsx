import { useRef, useState } from 'react';
import { displayTitle, type Clip } from '../../api/clip';
import { secondaryButton } from '../../ui/button-styles';
import { Modal } from '../../ui/modal';
import { player } from '../player/player-store';

/**
 * "Watch video": the dialog's video takes over from the waveform at the same moment, and
 * hands the position back when it closes, so the two behave as one player.
 */
export function VideoButton({ clip }: { clip: Clip }) {
  const [open, setOpen] = useState(false);
  const start = useRef({ at: 0, playing: true });
  const video = useRef<HTMLVideoElement>(null);
  if (clip.status !== 'complete') return null;
  if (clip.isVideoPending || !clip.videoUrl) {
    return (
      <p className="self-center text-xs text-zinc-600 dark:text-zinc-400">
        Video is being prepared
      </p>
    );
  }

  function openVideo() {
    start.current =
      player.getState().clipId === clip.id ? player.handOff() : { at: 0, playing: true };
    setOpen(true);
  }

  function closeVideo() {
    const el = video.current;
    if (el) {
      const at = el.currentTime;
      if (el.paused) player.cue(clip, at);
      else void player.play(clip, at);
      el.pause();
    }
    setOpen(false);
  }

  return (
    <>
      <button type="button" className={secondaryButton} onClick={openVideo}>
        Watch video
      </button>
      <Modal open={open} title={displayTitle(clip)} onClose={closeVideo} size="lg">
        <video
          ref={video}
          src={clip.videoUrl}
          poster={clip.imageLargeUrl ?? clip.imageUrl ?? undefined}
          controls
          playsInline
          preload="metadata"
          onLoadedMetadata={(e) => {
            const el = e.currentTarget;
            if (start.current.at > 0) el.currentTime = start.current.at;
            if (start.current.playing) void el.play().catch(() => undefined);
          }}
          className="aspect-square max-h-[70dvh] w-full rounded-xl bg-black"
        />
      </Modal>
    </>
  );
}
