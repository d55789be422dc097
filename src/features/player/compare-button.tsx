import { useSyncExternalStore } from 'react';
import type { Clip } from '../../api/clip';
import { secondaryButton } from '../../ui/button-styles';
import { player } from './player-store';

/**
 * A/B: while another take of the same lookup is loaded, jump to this one at the same moment,
 * so two takes can be compared by ear. The X key does the same for the next take.
 */
export function CompareButton({ clip }: { clip: Clip }) {
  const otherLoaded = useSyncExternalStore(
    player.subscribe,
    () => {
      const current = player.getState().clipId;
      return (
        current !== null && current !== clip.id && player.getQueue().some((c) => c.id === current)
      );
    },
    () => false,
  );
  if (!otherLoaded || !clip.audioUrl || clip.status !== 'complete') return null;
  return (
    <button type="button" className={secondaryButton} onClick={() => player.switchTo(clip)}>
      Compare here
    </button>
  );
}
