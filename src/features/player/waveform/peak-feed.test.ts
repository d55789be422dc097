import { describe, expect, it, vi } from 'vitest';
import { growingPeaks } from './growing-peaks';
import { PeakBuckets } from './peak-buckets';
import type { PeakJobEvents } from './peak-decoder';
import { AudioNotMpeg, DecoderFailed, openPeakFeed } from './peak-feed';

const jobs = vi.hoisted(() => ({ events: [] as PeakJobEvents[], closed: 0 }));

vi.mock('./peak-decoder', () => ({
  canDecodeInWorker: () => true,
  startPeakJob: (events: PeakJobEvents) => {
    jobs.events.push(events);
    const noop = () => undefined;
    return { segment: noop, push: noop, fetch: noop, end: noop, close: () => jobs.closed++ };
  },
}));
vi.mock('./peaks-cache', () => ({ writePeaks: () => Promise.resolve() }));

function open(clipId: string) {
  const feed = openPeakFeed(clipId, 120, 'player');
  const events = jobs.events.at(-1);
  if (!feed || !events) throw new Error('no feed');
  return { feed, events };
}

describe('a peak feed whose bytes were not MP3', () => {
  it('rejects with AudioNotMpeg when the bytes ended with nothing decoded', async () => {
    const { feed, events } = open('empty');
    expect(growingPeaks.get('empty')).not.toBeNull();
    events.progress(new PeakBuckets(), false);
    expect(feed.done).toBe(false);
    events.progress(new PeakBuckets(), true);
    await expect(feed.finished).rejects.toBeInstanceOf(AudioNotMpeg);
    expect(feed.done).toBe(true);
    // Its drawing is taken down: no waveform stuck at "to come".
    expect(growingPeaks.get('empty')).toBeNull();
  });

  it('rejects with AudioNotMpeg when the worker judged the bytes not MP3', async () => {
    const { feed, events } = open('aac');
    events.notMpeg();
    await expect(feed.finished).rejects.toBeInstanceOf(AudioNotMpeg);
    expect(growingPeaks.get('aac')).toBeNull();
  });

  it('keeps DecoderFailed for a decoder that broke', async () => {
    const { feed, events } = open('broken');
    events.failed('out of memory');
    await expect(feed.finished).rejects.toBeInstanceOf(DecoderFailed);
  });
});
