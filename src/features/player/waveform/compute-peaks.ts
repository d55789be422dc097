/**
 * Peaks for a card that is not playing: its MP3 streamed through the decoder worker, bars
 * appearing as the bytes arrive. Where a worker or WebAssembly is missing (or refused), or the
 * file is not MP3 (an `.m4a`, or bytes the MP3 decoder could not read), the whole file is
 * decoded by `decodeAudioData` at a low sample rate instead: no bars until it is done.
 * One clip at a time, because each decode costs memory while it runs.
 */
import { isNotMp3 } from '../../../domain/audio-format';
import { bucketPeaks } from '../../../lib/peaks';
import { CORS_MESSAGE, fetchAudio, WaveformUnavailable } from './fetch-audio';
import { PEAK_COUNT } from './peak-buckets';
import { AudioNotMpeg, AudioUnreadable, DecoderFailed, openPeakFeed } from './peak-feed';
import type { StoredPeaks } from './peaks-cache';
import { writePeaks } from './peaks-cache';

export { PEAK_COUNT };
const DECODE_RATE = 8000;

export { bucketPeaks };

let chain: Promise<unknown> = Promise.resolve();

/** Runs jobs strictly one after another: at most one decode in flight on the page. */
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const next = chain.then(job, job);
  chain = next.catch(() => undefined);
  return next;
}

/** Set when the worker failed once (e.g. WebAssembly refused): later clips skip it. */
let workerBroken = false;

/** The worker downloads and decodes the file; the page sees only the growing peaks. */
async function streamPeaks(
  clipId: string,
  url: string,
  duration: number | null,
  signal: AbortSignal,
): Promise<StoredPeaks | null> {
  const feed = openPeakFeed(clipId, duration, 'card');
  if (!feed) return null;
  const abort = () => feed.close();
  signal.addEventListener('abort', abort);
  try {
    feed.fetch(url);
    return await feed.finished;
  } catch (e) {
    signal.throwIfAborted();
    if (!(e instanceof AudioUnreadable)) throw e;
    if (e.status === null) throw new WaveformUnavailable(CORS_MESSAGE, 'cors');
    throw new WaveformUnavailable(`The audio host answered ${e.status}.`, 'network', e.status);
  } finally {
    signal.removeEventListener('abort', abort);
    feed.close();
  }
}

async function decodeWhole(url: string, signal: AbortSignal): Promise<StoredPeaks> {
  const bytes = await (await fetchAudio(url, signal)).arrayBuffer();
  signal.throwIfAborted();
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  let decoded: AudioBuffer;
  try {
    decoded = await context.decodeAudioData(bytes);
  } catch {
    throw new WaveformUnavailable('No waveform: the audio could not be decoded.', 'decode');
  }
  return { peaks: bucketPeaks(decoded.getChannelData(0), PEAK_COUNT), duration: decoded.duration };
}

export function computePeaks(
  clipId: string,
  url: string,
  duration: number | null,
  signal: AbortSignal,
): Promise<StoredPeaks> {
  return oneAtATime(async () => {
    signal.throwIfAborted();
    // The worker reads only MP3: an `.m4a` would cost a download for nothing.
    if (!workerBroken && !isNotMp3(url)) {
      try {
        const streamed = await streamPeaks(clipId, url, duration, signal);
        if (streamed) return streamed;
      } catch (e) {
        // Not MP3 is this clip's trouble, not the worker's: the next clip still uses it.
        if (e instanceof AudioNotMpeg) signal.throwIfAborted();
        else if (e instanceof DecoderFailed) workerBroken = true;
        else throw e;
      }
    }
    const whole = await decodeWhole(url, signal);
    const value = {
      peaks: whole.peaks,
      duration: duration && duration > 0 ? duration : whole.duration,
    };
    await writePeaks(clipId, value);
    return value;
  });
}
