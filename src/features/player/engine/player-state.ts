import type { Clip } from '../../../domain/clip';
import type { QueueOwner } from './play-queue';

/** What the player tells its subscribers: everything but the clock. */
export interface PlayerState {
  clipId: string | null;
  /** Playing from the provider's live stream; moves to the final MP3 when it completes. */
  live: boolean;
  playing: boolean;
  /** Seconds; from the media once known, else from the clip. */
  duration: number;
  volume: number;
  muted: boolean;
  /** Readable reason the last play attempt failed. */
  error: string | null;
  /** A brief word on what the player is doing about a failure ("Refreshing the link…"). */
  notice: string | null;
  /** The clips of the current lookup, in order, and the lookup they came from. */
  queue: readonly Clip[];
  owner: QueueOwner | null;
  /** Cued where the person left off before a reload, not yet played again. */
  resumed: boolean;
}

export function initialPlayerState(volume: number, muted: boolean): PlayerState {
  return {
    clipId: null,
    live: false,
    playing: false,
    duration: 0,
    volume,
    muted,
    error: null,
    notice: null,
    queue: [],
    owner: null,
    resumed: false,
  };
}
