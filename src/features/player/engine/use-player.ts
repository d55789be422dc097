import { useSyncExternalStore } from 'react';
import { usePlayer } from './player-context';
import type { PlayerState } from './player-state';

export function usePlayerState(): PlayerState {
  const player = usePlayer();
  return useSyncExternalStore(player.subscribe, player.getState, player.getState);
}

/** The playhead of a clip, or null when another clip (or none) is loaded. */
export function usePlayhead(clipId: string): number | null {
  const player = usePlayer();
  return useSyncExternalStore(
    player.subscribeTime,
    () => (player.getState().clipId === clipId ? player.currentTime() : null),
    () => null,
  );
}

export type ClipPlayback = 'idle' | 'paused' | 'playing';

/** A primitive per clip, so a card re-renders only when its own playback changes. */
export function useClipPlayback(clipId: string): ClipPlayback {
  const player = usePlayer();
  const read = () => {
    const s = player.getState();
    if (s.clipId !== clipId) return 'idle';
    return s.playing ? 'playing' : 'paused';
  };
  return useSyncExternalStore(player.subscribe, read, () => 'idle' as const);
}

/**
 * Something derived from a clip's playhead (null when another clip or none is loaded), which
 * re-renders its caller only when the derived value changes, not every frame the playhead
 * moves. `pick` must return a primitive (or the same object) for the same moment.
 */
export function usePlayheadPick<T>(clipId: string, pick: (seconds: number | null) => T): T {
  const player = usePlayer();
  return useSyncExternalStore(
    player.subscribeTime,
    () => pick(player.getState().clipId === clipId ? player.currentTime() : null),
    () => pick(null),
  );
}
