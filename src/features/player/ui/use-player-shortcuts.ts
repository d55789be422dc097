import { useEffect } from 'react';

/**
 * The player's keyboard shortcuts (see `shortcut-keys.ts`). Their code loads just after the
 * first paint: nobody presses a key before the page is there.
 */
export function usePlayerShortcuts(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let left = false;
    void import('../engine/shortcut-keys').then(({ listenForShortcuts }) => {
      if (!left) stop = listenForShortcuts();
    });
    return () => {
      left = true;
      stop?.();
    };
  }, []);
}
