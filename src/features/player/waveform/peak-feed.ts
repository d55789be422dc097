import { growingPeaks, type GrowingPeaks } from './growing-peaks';
import { PEAK_COUNT, liveSpan, UNHEARD, type PeakBuckets } from './peak-buckets';
import { canDecodeInWorker, startPeakJob, type PeakJob } from './peak-decoder';
import { writePeaks, type StoredPeaks } from './peaks-cache';

/** Slack at the end of a clip: providers round durations, encoders pad the last frame. */
const END_SLACK_SECONDS = 0.25;

/**
 * One clip's bytes on their way to a waveform: the growing drawing is published for its card
 * as they arrive, and once every moment has been heard the finished peaks go to the cache.
 */
export interface PeakFeed {
  readonly clipId: string;
  segment(at: number): void;
  push(bytes: Uint8Array): void;
  /** The worker downloads the whole file itself (a card's clip, not played). */
  fetch(url: string): void;
  /** The current segment reached the end of the file (or the live stream closed). */
  end(): void;
  /** The clip's length became known (a live stream completed). */
  setDuration(seconds: number): void;
  /** Resolves with the finished peaks; rejects when decoding failed. */
  readonly finished: Promise<StoredPeaks>;
  readonly done: boolean;
  /** Stops measuring; a growing drawing that never finished is taken down. */
  close(): void;
}

export class DecoderFailed extends Error {
  override name = 'DecoderFailed';
}

/** The audio host refused the worker's download: CORS (status null) or an HTTP status. */
export class AudioUnreadable extends Error {
  override name = 'AudioUnreadable';
  constructor(readonly status: number | null) {
    super(status === null ? 'refused cross-origin read' : `answered ${status}`);
  }
}

/**
 * The bytes ended and the MP3 decoder made nothing of them (AAC in MP4, say): this clip needs
 * another decoder; the worker itself is fine for the next one.
 */
export class AudioNotMpeg extends Error {
  override name = 'AudioNotMpeg';
  constructor() {
    super('the audio is not MP3');
  }
}

function finalPeaks(buckets: PeakBuckets, duration: number): StoredPeaks {
  const peaks = buckets.toPeaks(PEAK_COUNT, duration).map((v) => (v === UNHEARD ? 0 : v));
  return { peaks, duration };
}

let feeds = 0;

/** Null where this browser cannot decode in a worker: the caller falls back. */
export function openPeakFeed(
  clipId: string,
  knownDuration: number | null,
  owner: GrowingPeaks['owner'],
): PeakFeed | null {
  if (!canDecodeInWorker()) return null;
  const feed = ++feeds;
  const publish = (peaks: number[], final: StoredPeaks | null) =>
    growingPeaks.set(clipId, { peaks, final, owner, feed });
  /** Takes down this feed's drawing, not one another feed has put up since. */
  const unpublish = () => {
    if (growingPeaks.get(clipId)?.feed === feed) growingPeaks.set(clipId, null);
  };
  let duration = knownDuration && knownDuration > 0 ? knownDuration : null;
  let done = false;
  let resolve: (p: StoredPeaks) => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const finished = new Promise<StoredPeaks>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting (the player feeds without awaiting); the card's query is.
  finished.catch(() => undefined);

  const finish = (value: StoredPeaks) => {
    done = true;
    job.close();
    void writePeaks(clipId, value);
    publish(value.peaks, value);
    resolve(value);
  };

  const fail = (error: Error) => {
    if (done) return;
    done = true;
    job.close();
    unpublish();
    reject(error);
  };

  const job: PeakJob = startPeakJob({
    progress(buckets, ended) {
      if (done) return;
      const heard = buckets.seconds;
      // Without this, a feed whose bytes all ended undecoded would wait forever.
      if (ended && heard === 0) return fail(new AudioNotMpeg());
      const whole = duration ?? heard;
      if (duration && buckets.heardThrough(duration - END_SLACK_SECONDS)) {
        finish(finalPeaks(buckets, duration));
      } else if (ended && heard > 0 && buckets.heardThrough(Math.min(whole, heard) - 0.1)) {
        finish(finalPeaks(buckets, whole));
      } else {
        const span = duration ?? liveSpan(heard);
        publish(buckets.toPeaks(PEAK_COUNT, span), null);
      }
    },
    failed: (message) => fail(new DecoderFailed(message)),
    unreadable: (status) => fail(new AudioUnreadable(status)),
    notMpeg: () => fail(new AudioNotMpeg()),
  });

  // Drawn at once as a waveform to come, so the card knows whose download this is.
  publish(new Array<number>(PEAK_COUNT).fill(UNHEARD), null);

  return {
    clipId,
    segment: (at) => job.segment(at),
    push: (bytes) => job.push(bytes),
    fetch: (url) => job.fetch(url),
    end: () => job.end(),
    setDuration(seconds) {
      if (seconds > 0) duration = seconds;
    },
    finished,
    get done() {
      return done;
    },
    close() {
      if (done) return;
      done = true;
      job.close();
      unpublish();
      reject(new DOMException('The waveform was no longer needed.', 'AbortError'));
    },
  };
}
