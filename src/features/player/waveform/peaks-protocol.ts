import type { PeakSnapshot } from './peak-buckets';

/** Messages to the peaks worker. Each clip being measured is one job. */
export type ToPeaksWorker =
  /** The bytes that follow start `at` seconds into the clip (0, or where a seek re-fetched). */
  | { type: 'segment'; job: number; at: number }
  | { type: 'bytes'; job: number; bytes: Uint8Array }
  /** The worker downloads the file itself: its bytes never cross the page's heap. */
  | { type: 'fetch'; job: number; url: string }
  /** The bytes of the current segment are complete: report now. */
  | { type: 'end'; job: number }
  /** Forget the job. */
  | { type: 'close'; job: number };

export type FromPeaksWorker =
  | { type: 'progress'; job: number; snapshot: PeakSnapshot; ended: boolean }
  | { type: 'failed'; job: number; message: string }
  /** The bytes ended, and they were not MP3 (AAC in MP4, say): another decoder must try. */
  | { type: 'notMpeg'; job: number }
  /** A 'fetch' the host refused: CORS (no status) or an HTTP status. */
  | { type: 'unreadable'; job: number; status: number | null };
