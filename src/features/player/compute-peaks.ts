/**
 * Turns a clip's MP3 into a few hundred peaks. Decoding happens at a low sample rate and one
 * clip at a time, because each decode of a 3-minute clip costs tens of MB while it runs.
 */
import { bucketPeaks } from '../../lib/peaks';

export const PEAK_COUNT = 600;
const DECODE_RATE = 8000;

export class WaveformUnavailable extends Error {
  constructor(
    message: string,
    readonly reason: 'cors' | 'decode' | 'network',
  ) {
    super(message);
    this.name = 'WaveformUnavailable';
  }
}

export { bucketPeaks };

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
    let bytes: ArrayBuffer;
    try {
      const res = await fetch(url, { signal, mode: 'cors', credentials: 'omit' });
      if (!res.ok)
        throw new WaveformUnavailable(`The audio host answered ${res.status}.`, 'network');
      bytes = await res.arrayBuffer();
    } catch (e) {
      if (signal.aborted || e instanceof WaveformUnavailable) throw e;
      // A TypeError from fetch on a reachable host is almost always a CORS refusal.
      throw new WaveformUnavailable(
        'No waveform: the audio host does not allow this page to read the file. Playback still works.',
        'cors',
      );
    }
    signal.throwIfAborted();
    const context = new OfflineAudioContext(1, 1, DECODE_RATE);
    let decoded: AudioBuffer;
    try {
      decoded = await context.decodeAudioData(bytes);
    } catch {
      throw new WaveformUnavailable('No waveform: the audio could not be decoded.', 'decode');
    }
    return {
      peaks: bucketPeaks(decoded.getChannelData(0), PEAK_COUNT),
      duration: decoded.duration,
    };
  });
}
