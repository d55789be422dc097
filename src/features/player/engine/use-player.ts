import { useSyncExternalStore } from 'react';
import { usePlayer } from './player-context';
import type { PlayerState } from './player-store';

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
