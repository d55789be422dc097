import { useSyncExternalStore } from 'react';
import { finalAudioUrl, type Clip } from '../../../domain/clip';
import { useMenuItem } from '../../../ui/menu-item';
import { takesOf } from '../engine/play-queue';
import { usePlayer } from '../engine/player-context';

/**
 * A/B: while another take of the same task is loaded, jump to this one at the same moment,
 * so two takes can be compared by ear. The X key does the same for the next take.
 */
export function CompareButton({ clip }: { clip: Clip }) {
  const player = usePlayer();
  const item = useMenuItem();
  const otherLoaded = useSyncExternalStore(
    player.subscribe,
    () => {
      const { clipId: current, owner } = player.getState();
      if (current === null || current === clip.id) return false;
      // In a batch, takes are compared within their own task.
      return takesOf(player.getQueue(), owner, clip.id).some((c) => c.id === current);
    },
    () => false,
  );
  if (!otherLoaded || finalAudioUrl(clip) === null) return null;
  return (
    <button type="button" {...item} onClick={() => player.switchTo(clip)}>
      Compare here
    </button>
  );
}
