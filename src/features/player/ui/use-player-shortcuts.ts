import { useEffect } from 'react';
import { usePlayer } from '../engine/player-context';

/**
 * The player's keyboard shortcuts (see `shortcut-keys.ts`). Their code loads just after the
 * first paint: nobody presses a key before the page is there.
 */
export function usePlayerShortcuts(): void {
  const player = usePlayer();
  useEffect(() => {
    let stop: (() => void) | null = null;
    let left = false;
    void import('../engine/shortcut-keys').then(({ listenForShortcuts }) => {
      if (!left) stop = listenForShortcuts(player);
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [player]);
}
