/**
 * Where the media element's bytes come from. Streaming (MediaSource, loaded on demand): the
 * page fetches the MP3 itself and hands each chunk to both the audio buffer and the waveform
 * decoder, so a played clip is downloaded once. Plain: `<audio src>`, the browser's own
 * download, for browsers without MediaSource for MP3 and hosts that refuse cross-origin reads.
 */

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

export interface AudioSource {
  readonly streaming: boolean;
  /** The feed measuring this clip, once streaming has started one. */
  readonly feed: PlayerPeakFeed | null;
  close(): void;
}

type PlaybackModule = typeof import('./source-slot');
let playbackModule: Promise<PlaybackModule> | null = null;

/**
 * The code that feeds the media element (SourceSlot, streaming, the waveform feed) loads on
 * demand: when the first player appears and the page is idle, or at the first Play.
 */
export function loadPlayback(): Promise<PlaybackModule> {
  playbackModule ??= import('./source-slot').catch((e: unknown) => {
    // Asked again next time: a failed chunk load (offline for a moment) is not forever.
    playbackModule = null;
    throw e;
  });
  return playbackModule;
}

export function plainSource(media: HTMLAudioElement, url: string): AudioSource {
  media.src = url;
  media.load();
  return { streaming: false, feed: null, close: () => undefined };
}
