/**
 * Where the media element's bytes come from. Streaming (MediaSource, loaded on demand): the
 * page fetches the MP3 itself and hands each chunk to both the audio buffer and the waveform
 * decoder, so a played clip is downloaded once. Plain: `<audio src>`, the browser's own
 * download, for browsers without MediaSource for MP3 and hosts that refuse cross-origin reads.
 */

/** Why the media could not be had: what the one failure path of the player decides on. */
export type MediaFailure =
  { kind: 'cors' } | { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'media' };

/** What the now-playing bar says when the media fails. */
export function describeFailure(failure: MediaFailure): string {
  if (failure.kind === 'http') return `The audio host answered ${failure.status}.`;
  if (failure.kind === 'network') return 'The audio stopped arriving: check the connection.';
  return 'This audio could not be played.';
}

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
  /** False once a newer load has replaced this one: it must not touch the element then. */
  current(): boolean;
}

export interface AudioSource {
  readonly streaming: boolean;
  /** The feed measuring this clip, once streaming has started one. */
  readonly feed: PlayerPeakFeed | null;
  close(): void;
}

export function canStream(): boolean {
  return (
    typeof MediaSource !== 'undefined' &&
    typeof ReadableStream !== 'undefined' &&
    MediaSource.isTypeSupported('audio/mpeg')
  );
}

type StreamModule = typeof import('./stream-source');
let streamModule: Promise<StreamModule> | null = null;

/** Starts loading the streaming code, e.g. when the first player appears, so Play waits less. */
export function preloadStreaming(): Promise<StreamModule> | null {
  if (!canStream()) return null;
  streamModule ??= import('./stream-source');
  return streamModule;
}

export function plainSource(media: HTMLAudioElement, url: string): AudioSource {
  media.src = url;
  media.load();
  return { streaming: false, feed: null, close: () => undefined };
}

/** Resolves once the element has its source; play() may be called then. */
export async function openSource(
  media: HTMLAudioElement,
  request: SourceRequest,
  plain: boolean,
): Promise<AudioSource> {
  const loading = plain ? null : preloadStreaming();
  if (!loading) return plainSource(media, request.url);
  let module: StreamModule | null = null;
  try {
    module = await loading;
  } catch {
    // The chunk could not load (offline, a new deployment): the browser's own download works.
  }
  if (!request.current()) return { streaming: false, feed: null, close: () => undefined };
  return module ? module.attachStream(media, request) : plainSource(media, request.url);
}
