import { lazy, Suspense, useEffect, useState } from 'react';
import { usePlayer } from '../engine/player-context';

// The list of keys loads the first time someone asks for it.
const ShortcutHelp = lazy(() => import('./shortcut-help'));

/**
 * The player's keyboard shortcuts (see `shortcut-keys.ts`), and their list on "?". Their code
 * loads just after the first paint: nobody presses a key before the page is there.
 */
export function PlayerShortcuts() {
  const player = usePlayer();
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let left = false;
    void import('../engine/shortcut-keys').then(({ listenForShortcuts }) => {
      if (!left) stop = listenForShortcuts(player, () => setHelpOpen(true));
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [player]);
  return helpOpen ? (
    <Suspense fallback={null}>
      <ShortcutHelp onClose={() => setHelpOpen(false)} />
    </Suspense>
  ) : null;
}
