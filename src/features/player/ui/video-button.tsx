import { lazy, Suspense, useState } from 'react';
import type { Clip } from '../../../domain/clip';
import { secondaryButton } from '../../../ui/button-styles';
import { usePlayer } from '../engine/player-context';

// The dialog and its video element load the first time someone watches.
const VideoDialog = lazy(() => import('./video-dialog'));

/**
 * "Watch video": the dialog's video takes over from the waveform at the same moment, and
 * hands the position back when it closes, so the two behave as one player.
 */
export function VideoButton({ clip }: { clip: Clip }) {
  const player = usePlayer();
  const [start, setStart] = useState<{ at: number; playing: boolean } | null>(null);
  if (clip.status !== 'complete') return null;
  const videoUrl = clip.videoUrl;
  if (clip.isVideoPending || !videoUrl) {
    return (
      <p className="self-center text-xs text-zinc-600 dark:text-zinc-400">
        Video is being prepared
      </p>
    );
  }
  function openVideo() {
    if (player.getState().clipId === clip.id) {
      setStart(player.handOff());
      return;
    }
    // One sound at a time: another clip playing stops while this clip's video plays.
    player.pause();
    setStart({ at: 0, playing: true });
  }
  function closeVideo(at: number, paused: boolean) {
    if (paused) player.cue(clip, at);
    else void player.play(clip, at);
    setStart(null);
  }
  return (
    <>
      <button type="button" className={secondaryButton} onClick={openVideo}>
        Watch video
      </button>
      {start ? (
        <Suspense fallback={null}>
          <VideoDialog clip={clip} videoUrl={videoUrl} start={start} onClose={closeVideo} />
        </Suspense>
      ) : null}
    </>
  );
}
