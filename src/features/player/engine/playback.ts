import type { Clip } from '../../../domain/clip';
import type { QueueOwner } from './play-queue';
import { useMemo } from 'react';
import { usePlayer } from './player-context';
import type { Player } from './player-store';

export type { QueueOwner };

/**
 * What the rest of the app may ask of the player. Pages hold this, not the store: the one
 * media element and its state stay private to this feature.
 */
export interface Playback {
  /**
   * The clips of the page, in order: for 1–9, A/B switching and continuous play. `owner` is
   * the lookup they came from, which the now-playing bar links the playing clip's page through.
   */
  setQueue(clips: Clip[], owner: QueueOwner | null): void;
  play(clip: Clip, at?: number): Promise<void>;
  /** Loads a clip at a moment without playing (a share link landing). */
  cue(clip: Clip, at: number): void;
  /** Seconds into this clip, or 0 when another clip (or none) is loaded. */
  positionOf(clipId: string): number;
}

function playbackOf(player: Player): Playback {
  return {
    setQueue: (clips, owner) => player.setQueue(clips, owner),
    play: (clip, at) => player.play(clip, at),
    cue: (clip, at) => player.cue(clip, at),
    positionOf: (clipId) => (player.getState().clipId === clipId ? player.currentTime() : 0),
  };
}

/** The app's playback, the same object for as long as the app's player lives. */
export function usePlayback(): Playback {
  const player = usePlayer();
  return useMemo(() => playbackOf(player), [player]);
}
