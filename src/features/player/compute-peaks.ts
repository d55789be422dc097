/**
 * Turns a clip's MP3 into a few hundred peaks, one clip at a time.
 *
 * Preferred path: a page-wide worker (peaks.worker.ts) streams the file, decodes it frame by
 * frame with WebCodecs' AudioDecoder and keeps only running peaks, so a decode costs a few
 * hundred KB whatever the clip length and never blocks the main thread. Fallback, where
 * workers or WebCodecs MP3 are missing: fetch the whole file and decodeAudioData it, which
 * holds the clip's PCM (tens of MB for 3 minutes) while it runs.
 */
import { bucketPeaks } from './peak-accumulator';
import type { PeaksReply, PeaksRequest } from './peaks-protocol';

export { bucketPeaks };

export const PEAK_COUNT = 600;
const DECODE_RATE = 8000;
/** How long the worker may take to answer the capability probe before it is given up on. */
const PROBE_TIMEOUT_MS = 5000;
/** How long a cancelled worker job may take to stop before the worker is terminated. */
const CANCEL_TIMEOUT_MS = 1000;

export class WaveformUnavailable extends Error {
  constructor(
    message: string,
    readonly reason: 'cors' | 'decode' | 'network',
  ) {
    super(message);
    this.name = 'WaveformUnavailable';
  }
}

const MESSAGES = {
  cors: 'No waveform: the audio host does not allow this page to read the file. Playback still works.',
  decode: 'No waveform: the audio could not be decoded.',
  network: (status?: number) =>
    status ? `The audio host answered ${status}.` : 'No waveform: the audio could not be read.',
};

let chain: Promise<unknown> = Promise.resolve();

/** Runs jobs strictly one after another: at most one decode in flight on the page. */
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const next = chain.then(job, job);
  chain = next.catch(() => undefined);
  return next;
}

export function computePeaks(
  url: string,
  signal: AbortSignal,
): Promise<{ peaks: number[]; duration: number }> {
  return oneAtATime(async () => {
    signal.throwIfAborted();
    const worker = await peaksWorker();
    signal.throwIfAborted();
    if (worker) {
      const result = await inWorker(worker, url, signal);
      if (result !== 'unsupported') return result;
    }
    return withDecodeAudioData(url, signal);
  });
}

// ---------------------------------------------------------------------------------------
// Worker path

type Settle = (reply: PeaksReply | 'gone') => void;

let worker: Worker | null = null;
/** Whether the worker path works here: unknown until the first probe answers. */
let workerUsable: Promise<boolean> | null = null;
const waiting = new Map<number, Settle>();
let probeWaiter: ((supported: boolean) => void) | null = null;
let nextId = 1;

function startWorker(): Worker {
  const w = new Worker(new URL('./peaks.worker.ts', import.meta.url), {
    type: 'module',
    name: 'peaks',
  });
  w.onmessage = (event: MessageEvent<PeaksReply>) => {
    const reply = event.data;
    if (reply.type === 'probe') {
      probeWaiter?.(reply.supported);
      probeWaiter = null;
      return;
    }
    const settle = waiting.get(reply.id);
    waiting.delete(reply.id);
    settle?.(reply);
  };
  // A worker that fails to load (blocked script, syntax the browser lacks) or crashes.
  w.onerror = () => {
    if (worker === w) stopWorker();
  };
  return w;
}

/** Terminates the worker; jobs waiting on it settle as 'gone', the next job starts a new one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  probeWaiter?.(false);
  probeWaiter = null;
  const settles = [...waiting.values()];
  waiting.clear();
  for (const settle of settles) settle('gone');
}

/** The page's one peaks worker, started on first use; null when the worker path is unusable. */
async function peaksWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined') return null;
  workerUsable ??= new Promise<boolean>((resolve) => {
    try {
      worker = startWorker();
    } catch {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      probeWaiter = null;
      resolve(false);
    }, PROBE_TIMEOUT_MS);
    probeWaiter = (supported) => {
      clearTimeout(timer);
      resolve(supported);
    };
    post(worker, { type: 'probe' });
  }).then((usable) => {
    if (!usable) stopWorker();
    return usable;
  });
  if (!(await workerUsable)) return null;
  worker ??= startWorker();
  return worker;
}

function post(w: Worker, message: PeaksRequest): void {
  w.postMessage(message);
}

function inWorker(
  w: Worker,
  url: string,
  signal: AbortSignal,
): Promise<{ peaks: number[]; duration: number } | 'unsupported'> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    let cancelTimer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      // The job settles (and frees the queue) once the worker has actually stopped.
      post(w, { type: 'cancel', id });
      cancelTimer = setTimeout(() => {
        if (waiting.has(id) && worker === w) stopWorker();
      }, CANCEL_TIMEOUT_MS);
    };
    waiting.set(id, (reply) => {
      signal.removeEventListener('abort', onAbort);
      clearTimeout(cancelTimer);
      if (signal.aborted) reject(signal.reason);
      else if (reply === 'gone' || reply.type === 'cancelled')
        // The worker crashed mid-job (or stopped it on its own).
        reject(new WaveformUnavailable(MESSAGES.decode, 'decode'));
      else if (reply.type === 'done') resolve({ peaks: reply.peaks, duration: reply.duration });
      else if (reply.type === 'error') {
        if (reply.error === 'unsupported') resolve('unsupported');
        else if (reply.error === 'network')
          reject(new WaveformUnavailable(MESSAGES.network(reply.status), 'network'));
        else reject(new WaveformUnavailable(MESSAGES[reply.error], reply.error));
      }
    });
    signal.addEventListener('abort', onAbort, { once: true });
    post(w, { type: 'peaks', id, url, count: PEAK_COUNT });
  });
}

// ---------------------------------------------------------------------------------------
// Fallback: whole file, decodeAudioData on the main thread

async function withDecodeAudioData(
  url: string,
  signal: AbortSignal,
): Promise<{ peaks: number[]; duration: number }> {
  let bytes: ArrayBuffer;
  try {
    const res = await fetch(url, { signal, mode: 'cors', credentials: 'omit' });
    if (!res.ok) throw new WaveformUnavailable(MESSAGES.network(res.status), 'network');
    bytes = await res.arrayBuffer();
  } catch (e) {
    if (signal.aborted || e instanceof WaveformUnavailable) throw e;
    // A TypeError from fetch on a reachable host is almost always a CORS refusal.
    throw new WaveformUnavailable(MESSAGES.cors, 'cors');
  }
  signal.throwIfAborted();
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  let decoded: AudioBuffer;
  try {
    decoded = await context.decodeAudioData(bytes);
  } catch {
    throw new WaveformUnavailable(MESSAGES.decode, 'decode');
  }
  return {
    peaks: bucketPeaks(decoded.getChannelData(0), PEAK_COUNT),
    duration: decoded.duration,
  };
}
