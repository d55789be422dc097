import type { StreamingCode } from './types';

let streamingCode: Promise<StreamingCode> | null = null;

/**
 * The code that feeds the media element (the source slot, streaming, the waveform feed) loads
 * on demand: when the first player appears and the page is idle, or at the first Play.
 */
export function loadStreamingCode(): Promise<StreamingCode> {
  streamingCode ??= import('./current-source-slot').catch((e: unknown) => {
    // Asked again next time: a failed chunk load (offline for a moment) is not forever.
    streamingCode = null;
    throw e;
  });
  return streamingCode;
}
