import { describe, expect, it } from 'vitest';
import { bucketPeaks } from './compute-peaks';
import { FINE_SECONDS, liveSpan, PeakBuckets, UNHEARD } from './peak-buckets';

const RATE = 1000;

/** A test signal whose loudness ramps up and down, so every bar differs. */
function signal(seconds: number): Float32Array {
  const out = new Float32Array(seconds * RATE);
  for (let i = 0; i < out.length; i += 1) {
    const env = Math.abs(Math.sin((i / out.length) * Math.PI * 3));
    out[i] = env * (i % 2 === 0 ? 1 : -1);
  }
  return out;
}

describe('PeakBuckets', () => {
  it('gives the same bars fed in small chunks as the whole-file bucketing', () => {
    const samples = signal(12);
    const buckets = new PeakBuckets();
    for (let at = 0; at < samples.length; at += 333) {
      buckets.add(at / RATE, samples.subarray(at, at + 333), RATE);
    }
    const whole = bucketPeaks(samples, 40);
    const grown = buckets.toPeaks(40, 12);
    grown.forEach((v, i) => expect(v).toBeCloseTo(whole[i] ?? 0, 1));
    expect(buckets.heardThrough(12)).toBe(true);
  });

  it('leaves bars not heard yet empty, so the drawing grows from the left', () => {
    const buckets = new PeakBuckets();
    buckets.add(0, signal(3), RATE);
    const peaks = buckets.toPeaks(10, 10);
    expect(peaks.slice(0, 3).every((v) => v >= 0)).toBe(true);
    expect(peaks.slice(3)).toEqual(new Array(7).fill(UNHEARD));
    expect(buckets.heardThrough(10)).toBe(false);
  });

  it('takes audio from the middle after a seek and knows the gap is still unheard', () => {
    const buckets = new PeakBuckets();
    buckets.add(0, signal(2), RATE);
    buckets.add(6, signal(2), RATE);
    const peaks = buckets.toPeaks(8, 8);
    expect(peaks[0]).toBeGreaterThanOrEqual(0);
    expect(peaks[3]).toBe(UNHEARD);
    expect(peaks[6]).toBeGreaterThanOrEqual(0);
    expect(buckets.heardThrough(8)).toBe(false);
    // The gap filled in later completes the record.
    buckets.add(2, signal(4), RATE);
    expect(buckets.heardThrough(8)).toBe(true);
    expect(buckets.seconds).toBeCloseTo(8, 5);
  });

  it('forgives the few slices a decoder misses where it picks up mid-file', () => {
    const buckets = new PeakBuckets();
    buckets.add(0, signal(2), RATE);
    buckets.add(2 + 3 * FINE_SECONDS, signal(2), RATE);
    expect(buckets.heardThrough(4)).toBe(true);
  });

  it('round-trips through a snapshot (what the worker posts)', () => {
    const buckets = new PeakBuckets();
    buckets.add(1, signal(2), RATE);
    const copy = PeakBuckets.from(buckets.snapshot());
    expect(copy.toPeaks(6, 3)).toEqual(buckets.toPeaks(6, 3));
    expect(copy.seconds).toBe(buckets.seconds);
  });

  it('ignores empty or nonsensical input and draws silence as flat bars', () => {
    const buckets = new PeakBuckets();
    buckets.add(0, new Float32Array(0), RATE);
    buckets.add(-1, signal(1), RATE);
    buckets.add(0, signal(1), 0);
    expect(buckets.seconds).toBe(0);
    buckets.add(0, new Float32Array(RATE), RATE);
    expect(buckets.toPeaks(2, 1)).toEqual([0, 0]);
    expect(FINE_SECONDS * 20).toBeCloseTo(1);
  });
});

describe('liveSpan', () => {
  it('rounds what has arrived up to the next half minute', () => {
    expect(liveSpan(0)).toBe(30);
    expect(liveSpan(29.9)).toBe(30);
    expect(liveSpan(30)).toBe(60);
    expect(liveSpan(95)).toBe(120);
  });
});
