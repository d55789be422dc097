import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudioNotMpeg } from './peak-feed';

const feed = vi.hoisted(() => ({ opened: [] as string[], result: null as Error | null }));

vi.mock('./peak-feed', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./peak-feed')>();
  return {
    ...actual,
    openPeakFeed: (clipId: string) => {
      feed.opened.push(clipId);
      const failure = feed.result;
      return {
        clipId,
        fetch: () => undefined,
        close: () => undefined,
        finished: failure ? Promise.reject(failure) : Promise.resolve({ peaks: [1], duration: 3 }),
      };
    },
  };
});
vi.mock('./peaks-cache', () => ({ writePeaks: () => Promise.resolve() }));

const { computePeaks } = await import('./compute-peaks');

/** decodeAudioData's stand-in: one second of samples, or a refusal. */
function decodesTo(outcome: 'samples' | 'refused') {
  class FakeContext {
    decodeAudioData() {
      if (outcome === 'refused') return Promise.reject(new DOMException('no', 'EncodingError'));
      return Promise.resolve({ duration: 1, getChannelData: () => new Float32Array([0.5, -1]) });
    }
  }
  vi.stubGlobal('OfflineAudioContext', FakeContext);
}

beforeEach(() => {
  feed.opened = [];
  feed.result = null;
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(new Uint8Array(8))));
});
afterEach(() => vi.unstubAllGlobals());

const signal = () => new AbortController().signal;

describe('computePeaks with audio that is not MP3', () => {
  it('skips the MP3 worker for an .m4a and decodes the whole file', async () => {
    decodesTo('samples');
    const peaks = await computePeaks('a', 'https://cdn.example/a.m4a', 120, signal());
    expect(feed.opened).toEqual([]);
    expect(peaks.duration).toBe(120);
    expect(Math.max(...peaks.peaks)).toBe(1);
  });

  it('falls back for the clip the worker could not read, and keeps the worker for the next', async () => {
    decodesTo('samples');
    feed.result = new AudioNotMpeg();
    const first = await computePeaks('b', 'https://cdn.example/b', null, signal());
    expect(first.duration).toBe(1);
    feed.result = null;
    const second = await computePeaks('c', 'https://cdn.example/c.mp3', null, signal());
    expect(second).toEqual({ peaks: [1], duration: 3 });
    expect(feed.opened).toEqual(['b', 'c']);
  });

  it('says so when the browser cannot decode it either', async () => {
    decodesTo('refused');
    await expect(computePeaks('d', 'https://cdn.example/d.m4a', 60, signal())).rejects.toThrow(
      'No waveform: the audio could not be decoded.',
    );
  });
});
