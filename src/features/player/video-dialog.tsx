import { useEffect, useRef } from 'react';
import { displayTitle, type Clip } from '../../api/clip';
import { Modal } from '../../ui/modal';

interface VideoDialogProps {
  clip: Clip;
  videoUrl: string;
  /** Where the audio was, and whether it was playing, when the video took over. */
  start: { at: number; playing: boolean };
  /** Hands back the video's position and whether it was paused. */
  onClose: (at: number, paused: boolean) => void;
}

export default function VideoDialog({ clip, videoUrl, start, onClose }: VideoDialogProps) {
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    const takeOver = () => {
      if (start.at > 0) el.currentTime = start.at;
      if (start.playing) void el.play().catch(() => undefined);
    };
    // The metadata may already be there (a cached file) by the time this runs.
    if (el.readyState >= HTMLMediaElement.HAVE_METADATA) takeOver();
    else el.addEventListener('loadedmetadata', takeOver, { once: true });
    return () => el.removeEventListener('loadedmetadata', takeOver);
  }, [start]);

  function close() {
    const el = video.current;
    const paused = el ? el.paused || el.ended : true;
    el?.pause();
    onClose(el?.currentTime ?? start.at, paused);
  }
  return (
    <Modal open title={displayTitle(clip)} onClose={close} size="lg">
      <video
        ref={video}
        src={videoUrl}
        poster={clip.imageLargeUrl ?? clip.imageUrl ?? undefined}
        controls
        playsInline
        preload="metadata"
        className="aspect-square max-h-[70dvh] w-full rounded-xl bg-black"
      />
    </Modal>
  );
}
