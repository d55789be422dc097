/**
 * The contract across the lazy boundary between the player and its streaming code: the
 * player's side (lazy-source-loader, loaded with the page) and the streaming side
 * (current-source-slot, stream-source, loaded on demand) both import this file and never
 * each other, so the two chunks stay apart.
 */
import type { Clip } from '../../../domain/clip';

/** Why the media could not be had: what the one failure path of the player decides on. */
export type MediaFailure =
  { kind: 'cors' } | { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'media' };

/** The waveform side of a played clip, as the player keeps it across a live → final move. */
export interface PlayerPeakFeed {
  readonly clipId: string;
  readonly done: boolean;
  close(): void;
}

export interface SourceRequest {
  clipId: string;
  url: string;
  /** Seconds to start at. */
  at: number;
  /** The provider's live stream: grows, no Range, no seeking. */
  live: boolean;
  /** Seconds, when the provider says. */
  duration: number | null;
  /** The feed measuring this clip already (a live stream moving to its MP3), if any. */
  feed: PlayerPeakFeed | null;
  /** Whether the waveform is still wanted (not known or cached yet). */
  wantsPeaks: boolean;
  onFailure(failure: MediaFailure): void;
}

/**
 * What feeds the media element now. Streaming (MediaSource): the page fetches the MP3 itself
 * and hands each chunk to both the audio buffer and the waveform decoder, so a played clip is
 * downloaded once. Plain: `<audio src>`, the browser's own download, for browsers without
 * MediaSource for MP3 and hosts that refuse cross-origin reads.
 */
export interface AttachedSource {
  readonly streaming: boolean;
  /** The feed measuring this clip, once streaming has started one. */
  readonly feed: PlayerPeakFeed | null;
  close(): void;
}

/** The slot holding the element's current source: what the streaming chunk gives the player. */
export interface SourceSlot {
  readonly streaming: boolean;
  /** What the now-playing bar says about a failure. */
  describe(failure: MediaFailure): string;
  /** `plain`: the browser's own download, after streaming was refused. */
  load(media: HTMLAudioElement, clip: Clip, url: string, at: number, plain: boolean): void;
}

/** The streaming chunk's exports, as the player's side sees them. */
export interface StreamingCode {
  createSourceSlot(onFailure: (failure: MediaFailure) => void): SourceSlot;
}
