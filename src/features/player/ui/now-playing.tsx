import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { NowPlayingExtra } from './now-playing-extra';
import { usePlayer } from '../engine/player-context';

// The bar appears only once something has been played, so its code waits until then.
const NowPlayingBar = lazy(() => import('./now-playing-bar'));

/** The page-wide now-playing bar, from the first clip loaded on. */
export function NowPlaying({ extra }: { extra?: NowPlayingExtra }) {
  const player = usePlayer();
  const loaded = useSyncExternalStore(
    player.subscribe,
    () => player.getState().clipId !== null,
    () => false,
  );
  return loaded ? (
    <Suspense fallback={null}>
      <NowPlayingBar extra={extra} />
    </Suspense>
  ) : null;
}
