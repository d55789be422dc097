/** Messages between compute-peaks.ts and peaks.worker.ts. */

export type PeaksRequest =
  | { type: 'probe' }
  | { type: 'peaks'; id: number; url: string; count: number }
  | { type: 'cancel'; id: number };

export type PeaksFailure = 'cors' | 'decode' | 'network' | 'unsupported';

export type PeaksReply =
  /** Whether this browser's WebCodecs AudioDecoder takes MP3. */
  | { type: 'probe'; supported: boolean }
  | { type: 'done'; id: number; peaks: number[]; duration: number }
  | { type: 'error'; id: number; error: PeaksFailure; status?: number }
  | { type: 'cancelled'; id: number };
