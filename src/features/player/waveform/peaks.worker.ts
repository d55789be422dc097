/**
 * Decodes MP3 bytes as they arrive and keeps only the loudest sample per fine slice of time.
 * mpg123 (WebAssembly) holds a few frames at a time, so a 4-minute clip costs the decoder's
 * own memory and a few KB of peaks, never the whole decoded song.
 */
import { MPEGDecoder } from 'mpg123-decoder';
import { decodeInPlace } from './decode-in-place';
import { MpegCheck } from './mpeg-check';
import { PeakBuckets } from './peak-buckets';
import type { FromPeaksWorker, ToPeaksWorker } from './peaks-protocol';

/** Fed in small pieces, so the decoder's output buffer is read often and stays small. */
const FEED_BYTES = 16 * 1024;
/** Progress is posted at most this often per job; the waveform need not redraw more. */
const POST_EVERY_MS = 120;

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToPeaksWorker>) => void) | null;
  postMessage(message: FromPeaksWorker, transfer?: Transferable[]): void;
}

interface Job {
  buckets: PeakBuckets;
  decoder: MPEGDecoder | null;
  /** Seconds into the clip of the next decoded sample. */
  at: number;
  postedAt: number;
  /** Messages are handled in order; making a decoder is asynchronous. */
  chain: Promise<void>;
  failed: boolean;
  /** Aborts the job's own download, if it has one. */
  abort: AbortController;
  check: MpegCheck;
}

const scope = self as unknown as WorkerScope;
const jobs = new Map<number, Job>();

function post(id: number, job: Job, ended: boolean): void {
  const snapshot = job.buckets.snapshot();
  job.postedAt = performance.now();
  scope.postMessage({ type: 'progress', job: id, snapshot, ended }, [
    snapshot.maxima.buffer,
    snapshot.heard.buffer,
  ]);
}

/** A fresh decoder per segment: bytes from mid-file must not continue the previous ones. */
async function startSegment(job: Job, at: number): Promise<void> {
  job.decoder?.free();
  job.decoder = null;
  const decoder = new MPEGDecoder();
  await decoder.ready;
  job.decoder = decoder;
  job.at = at;
}

/** The segment's bytes are all in: the final report, unless they were not MP3 at all. */
function ended(id: number, job: Job): void {
  if (job.check.looksLikeMpeg()) post(id, job, true);
  else scope.postMessage({ type: 'notMpeg', job: id });
}

function decodeBytes(id: number, job: Job, bytes: Uint8Array): void {
  const decoder = job.decoder;
  if (!decoder) return;
  job.check.fed(bytes.length);
  for (let i = 0; i < bytes.length; i += FEED_BYTES) {
    decodeInPlace(decoder, bytes.subarray(i, i + FEED_BYTES), (samples, rate) => {
      job.check.decoded(samples.length, rate);
      if (rate <= 0) return;
      job.buckets.add(job.at, samples, rate);
      job.at += samples.length / rate;
    });
  }
  if (performance.now() - job.postedAt >= POST_EVERY_MS) post(id, job, false);
}

async function download(id: number, job: Job, url: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { signal: job.abort.signal, mode: 'cors', credentials: 'omit' });
  } catch {
    // A TypeError from fetch on a reachable host is almost always a CORS refusal.
    if (!job.abort.signal.aborted) scope.postMessage({ type: 'unreadable', job: id, status: null });
    return;
  }
  if (!res.ok || !res.body) {
    scope.postMessage({ type: 'unreadable', job: id, status: res.status });
    return;
  }
  await startSegment(job, 0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    decodeBytes(id, job, value);
  }
  ended(id, job);
}

async function handle(id: number, job: Job, message: ToPeaksWorker): Promise<void> {
  switch (message.type) {
    case 'segment':
      return startSegment(job, message.at);
    case 'bytes':
      return decodeBytes(id, job, message.bytes);
    case 'fetch':
      return download(id, job, message.url);
    case 'end':
      ended(id, job);
      return;
    case 'close':
      job.decoder?.free();
      jobs.delete(id);
      return;
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  let job = jobs.get(message.job);
  if (!job) {
    if (message.type === 'close') return;
    job = {
      buckets: new PeakBuckets(),
      decoder: null,
      at: 0,
      postedAt: 0,
      chain: Promise.resolve(),
      failed: false,
      abort: new AbortController(),
      check: new MpegCheck(),
    };
    jobs.set(message.job, job);
  }
  const current = job;
  // Closing must not wait behind a download in progress.
  if (message.type === 'close') current.abort.abort();
  current.chain = current.chain.then(async () => {
    if (current.failed) return;
    try {
      await handle(message.job, current, message);
    } catch (e) {
      if (current.abort.signal.aborted) return;
      current.failed = true;
      current.decoder?.free();
      current.decoder = null;
      scope.postMessage({ type: 'failed', job: message.job, message: String(e) });
    }
  });
};
