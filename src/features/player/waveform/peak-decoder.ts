/**
 * The page's side of the peaks worker: one worker for every clip being measured, started on
 * first need and ended when idle, so a page that is not decoding holds no decoder memory.
 */
import { PeakBuckets } from './peak-buckets';
import type { FromPeaksWorker, ToPeaksWorker } from './peaks-protocol';

/**
 * The worker (and its WebAssembly memory) goes as soon as no clip is being measured: cards
 * measure one clip after another, and a fresh worker per clip (a few ms to start) holds one
 * decoder's memory where a kept one would hold every decoder it ever made until it collects.
 */
const IDLE_MS = 0;

export interface PeakJobEvents {
  progress(buckets: PeakBuckets, ended: boolean): void;
  failed(message: string): void;
  /** The worker's own download was refused: CORS (null) or an HTTP status. */
  unreadable(status: number | null): void;
  /** The bytes were not MP3: this clip needs another decoder, the worker is fine. */
  notMpeg(): void;
}

/** Bytes of one clip on their way to the decoder. */
export interface PeakJob {
  /** The bytes that follow start `at` seconds into the clip. */
  segment(at: number): void;
  /** A copy is sent: the caller may hand the same bytes to a SourceBuffer. */
  push(bytes: Uint8Array): void;
  /** Instead of segment/push/end: the worker downloads the whole file itself. */
  fetch(url: string): void;
  /** The current segment's bytes are complete. */
  end(): void;
  close(): void;
}

let worker: Worker | null = null;
let idleTimer = 0;
let nextJob = 1;
const listeners = new Map<number, PeakJobEvents>();

function failAll(message: string): void {
  const all = [...listeners.values()];
  listeners.clear();
  worker?.terminate();
  worker = null;
  all.forEach((l) => l.failed(message));
}

function ensureWorker(): Worker {
  window.clearTimeout(idleTimer);
  if (worker) return worker;
  const w = new Worker(new URL('./peaks.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<FromPeaksWorker>) => {
    const message = event.data;
    const l = listeners.get(message.job);
    if (!l) return;
    if (message.type === 'failed') {
      listeners.delete(message.job);
      l.failed(message.message);
    } else if (message.type === 'notMpeg') {
      listeners.delete(message.job);
      l.notMpeg();
    } else if (message.type === 'unreadable') {
      listeners.delete(message.job);
      l.unreadable(message.status);
    } else {
      l.progress(PeakBuckets.from(message.snapshot), message.ended);
    }
  };
  // A worker that cannot start (script refused, out of memory) fails every job it had.
  w.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'the decoder could not start');
  };
  worker = w;
  return w;
}

function send(message: ToPeaksWorker, transfer: Transferable[] = []): void {
  try {
    ensureWorker().postMessage(message, transfer);
  } catch (e) {
    failAll(String(e));
  }
}

function releaseWhenIdle(): void {
  window.clearTimeout(idleTimer);
  if (listeners.size > 0) return;
  idleTimer = window.setTimeout(() => {
    if (listeners.size > 0) return;
    worker?.terminate();
    worker = null;
  }, IDLE_MS);
}

/** Whether this browser can decode in a worker at all; else the caller falls back. */
export function canDecodeInWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof WebAssembly === 'object';
}

export function startPeakJob(events: PeakJobEvents): PeakJob {
  const job = nextJob++;
  listeners.set(job, events);
  let closed = false;
  const live = () => !closed && listeners.has(job);
  return {
    segment(at) {
      if (live()) send({ type: 'segment', job, at });
    },
    push(bytes) {
      if (!live()) return;
      const copy = bytes.slice();
      send({ type: 'bytes', job, bytes: copy }, [copy.buffer]);
    },
    end() {
      if (live()) send({ type: 'end', job });
    },
    fetch(url) {
      if (live()) send({ type: 'fetch', job, url });
    },
    close() {
      if (closed) return;
      closed = true;
      if (listeners.delete(job) && worker) worker.postMessage({ type: 'close', job });
      releaseWhenIdle();
    },
  };
}
