/**
 * Decodes MP3 bytes as they arrive and keeps only the loudest sample per fine slice of time.
 * mpg123 (WebAssembly) holds a few frames at a time, so a 4-minute clip costs the decoder's
 * own memory and a few KB of peaks, never the whole decoded song.
 */
import { MPEGDecoder } from 'mpg123-decoder';
import { decodeInPlace } from './decode-in-place';
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

async function handle(id: number, job: Job, message: ToPeaksWorker): Promise<void> {
  switch (message.type) {
    case 'segment': {
      // A fresh decoder per segment: bytes from the middle of a file must not be read as the
      // continuation of the previous ones.
      job.decoder?.free();
      job.decoder = null;
      const decoder = new MPEGDecoder();
      await decoder.ready;
      job.decoder = decoder;
      job.at = message.at;
      return;
    }
    case 'bytes': {
      const decoder = job.decoder;
      if (!decoder) return;
      for (let i = 0; i < message.bytes.length; i += FEED_BYTES) {
        decodeInPlace(decoder, message.bytes.subarray(i, i + FEED_BYTES), (samples, rate) => {
          if (rate <= 0) return;
          job.buckets.add(job.at, samples, rate);
          job.at += samples.length / rate;
        });
      }
      if (performance.now() - job.postedAt >= POST_EVERY_MS) post(id, job, false);
      return;
    }
    case 'end':
      post(id, job, true);
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
    };
    jobs.set(message.job, job);
  }
  const current = job;
  current.chain = current.chain.then(async () => {
    if (current.failed) return;
    try {
      await handle(message.job, current, message);
    } catch (e) {
      current.failed = true;
      current.decoder?.free();
      current.decoder = null;
      scope.postMessage({ type: 'failed', job: message.job, message: String(e) });
    }
  });
};
