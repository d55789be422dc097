import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAudio } from '../waveform/fetch-audio';
import { findBox, readBoxes, u32 } from './fmp4/read-boxes.test-helper';
import { attachStream } from './stream-source';
import type { PlayerPeakFeed } from './types';

vi.mock('../waveform/fetch-audio', () => ({
  fetchAudio: vi.fn(),
  WaveformUnavailable: class extends Error {},
}));
vi.mock('../waveform/peak-feed', () => ({ openPeakFeed: vi.fn(() => null) }));
vi.mock('../waveform/peaks-cache', () => ({ readPeaks: vi.fn(async () => null) }));

const mp3 = new Uint8Array(
  readFileSync(join(import.meta.dirname, 'fmp4', 'test-fixtures', 'mpeg1-stereo.mp3')),
);

class StandInBuffer extends EventTarget {
  mode = 'segments';
  timestampOffset = 0;
  updating = false;
  readonly appended: Uint8Array[] = [];
  readonly buffered = { length: 0 };
  appendBuffer(bytes: Uint8Array) {
    this.appended.push(bytes.slice());
  }
  abort() {}
}

/** A MediaSource that takes only MP3 in MP4, as Firefox's does. */
class FirefoxLikeSource extends EventTarget {
  static isTypeSupported = (type: string): boolean => type === 'audio/mp4; codecs="mp3"';
  static last: FirefoxLikeSource | null = null;
  readyState = 'open';
  duration = NaN;
  mime: string | null = null;
  readonly buffer = new StandInBuffer();
  constructor() {
    super();
    FirefoxLikeSource.last = this;
  }
  addSourceBuffer(mime: string) {
    this.mime = mime;
    return this.buffer;
  }
  endOfStream() {
    this.readyState = 'ended';
  }
}

/** The waveform side: what it was given. */
function recordingFeed() {
  const pushed: Uint8Array[] = [];
  const feed = {
    clipId: 'clip-1',
    done: false,
    ended: false,
    segment: vi.fn(),
    push: (bytes: Uint8Array) => pushed.push(bytes.slice()),
    end: () => (feed.ended = true),
    setDuration: vi.fn(),
    close: vi.fn(),
  };
  return { feed, pushed };
}

function inChunks(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

const joined = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe('a stream where MediaSource takes MP3 only inside MP4', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('appends fragmented MP4 while the waveform decoder gets the MP3 as it came', async () => {
    vi.stubGlobal('MediaSource', FirefoxLikeSource);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:stand-in');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.mocked(fetchAudio).mockResolvedValue(
      new Response(inChunks(mp3, 1000), { headers: { 'content-type': 'audio/mpeg' } }),
    );
    const { feed, pushed } = recordingFeed();
    const media = document.createElement('audio');
    attachStream(media, {
      clipId: 'clip-1',
      url: 'https://cdn1.suno.ai/clip-1.mp3',
      at: 0,
      live: false,
      duration: 1.2,
      feed: feed as PlayerPeakFeed,
      wantsPeaks: true,
      onFailure: () => expect.unreachable('no failure'),
    });
    const source = FirefoxLikeSource.last;
    source?.dispatchEvent(new Event('sourceopen'));
    await vi.waitFor(() => expect(source?.readyState).toBe('ended'));

    expect(source?.mime).toBe('audio/mp4; codecs="mp3"');
    expect(source?.buffer.mode).toBe('sequence');
    expect(joined(pushed)).toEqual(mp3);
    expect(feed.ended).toBe(true);
    const boxes = readBoxes(joined(source?.buffer.appended ?? []));
    expect(boxes.slice(0, 2).map((b) => b.type)).toEqual(['ftyp', 'moov']);
    const samples = boxes
      .filter((b) => b.type === 'moof')
      .reduce((n, moof) => n + u32(findBox(moof.children, 'traf/trun').body, 4), 0);
    expect(samples).toBe(47);
  });
});

/** A MediaSource that takes MP3 as it is, as Chromium's and WebKit's do. */
class Mp3Source extends FirefoxLikeSource {
  static override isTypeSupported = (type: string): boolean => type === 'audio/mpeg';
}

function openStream(at: number) {
  vi.mocked(fetchAudio).mockClear();
  vi.stubGlobal('MediaSource', Mp3Source);
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:stand-in');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  const media = document.createElement('audio');
  attachStream(media, {
    clipId: 'clip-1',
    url: 'https://cdn1.suno.ai/clip-1.mp3',
    at,
    live: false,
    duration: 60,
    feed: null,
    wantsPeaks: false,
    onFailure: () => expect.unreachable('no failure'),
  });
  const source = FirefoxLikeSource.last;
  source?.dispatchEvent(new Event('sourceopen'));
  return { media, source };
}

const rangeOf = (headers: HeadersInit | undefined) => new Headers(headers).get('Range');

const rangesAsked = () =>
  vi.mocked(fetchAudio).mock.calls.map(([, , headers]) => rangeOf(headers) ?? 'whole');

describe('fetching an MP3 that MediaSource takes as it is', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.mocked(fetchAudio).mockReset();
  });

  it('cued mid-clip, asks one byte for the file’s length, then the bytes at that moment', async () => {
    const total = 600_000;
    vi.mocked(fetchAudio).mockImplementation(async (_url, _signal, headers) => {
      const probe = rangeOf(headers) === 'bytes=0-0';
      const from = probe ? 0 : Number(/bytes=(\d+)-/.exec(rangeOf(headers) ?? '')?.[1]);
      return new Response(inChunks(mp3.slice(0, probe ? 1 : 2000), 1000), {
        status: 206,
        headers: {
          'content-type': 'audio/mpeg',
          'content-range': `bytes ${from}-${probe ? 0 : total - 1}/${total}`,
        },
      });
    });
    const { source } = openStream(30);
    await vi.waitFor(() => expect(source?.readyState).toBe('ended'));
    expect(rangesAsked()).toEqual(['bytes=0-0', 'bytes=300000-']);
    expect(source?.buffer.timestampOffset).toBe(30);
  });

  it('a wait during a seek fetches nothing more: the seek already judged what had arrived', async () => {
    vi.mocked(fetchAudio).mockImplementation(
      async () => new Response(inChunks(mp3, 1000), { headers: { 'content-type': 'audio/mpeg' } }),
    );
    const { media, source } = openStream(0);
    await vi.waitFor(() => expect(source?.readyState).toBe('ended'));
    Object.defineProperty(media, 'seeking', { configurable: true, value: true });
    media.dispatchEvent(new Event('waiting'));
    expect(rangesAsked()).toEqual(['bytes=0-']);
    // Out of data while playing on is another matter: that fetches.
    Object.defineProperty(media, 'seeking', { configurable: true, value: false });
    media.dispatchEvent(new Event('waiting'));
    await vi.waitFor(() => expect(rangesAsked()).toEqual(['bytes=0-', 'bytes=0-']));
  });
});
