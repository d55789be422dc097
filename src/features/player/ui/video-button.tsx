import { lazy, Suspense, useState } from 'react';
import type { Clip } from '../../../domain/clip';
import { MenuOutlet, useInMenu, useMenuItem } from '../../../ui/menu-item';
import { usePlayer } from '../engine/player-context';

// The dialog and its video element load the first time someone watches.
const VideoDialog = lazy(() => import('./video-dialog'));

/**
 * "Watch video": the dialog's video takes over from the waveform at the same moment, and
 * hands the position back when it closes, so the two behave as one player.
 */
export function VideoButton({ clip }: { clip: Clip }) {
  const player = usePlayer();
  const item = useMenuItem();
  const inMenu = useInMenu();
  const [start, setStart] = useState<{ at: number; playing: boolean } | null>(null);
  if (clip.status !== 'complete') return null;
  const videoUrl = clip.videoUrl;
  if (clip.isVideoPending || !videoUrl) {
    // A menu holds only items: the news is one that cannot be chosen yet.
    if (inMenu)
      return (
        <div role="menuitem" aria-disabled="true" tabIndex={-1} className={item.className}>
          Video is being prepared
        </div>
      );
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
      <button type="button" {...item} onClick={openVideo}>
        Watch video
      </button>
      {start ? (
        <MenuOutlet>
          <Suspense fallback={null}>
            <VideoDialog clip={clip} videoUrl={videoUrl} start={start} onClose={closeVideo} />
          </Suspense>
        </MenuOutlet>
      ) : null}
    </>
  );
}
