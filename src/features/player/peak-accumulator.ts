/**
 * Peaks from PCM that arrives a block at a time, in bounded memory whatever the clip length:
 * keeps the max absolute sample per fine bin, and when the bins fill their buffer, merges
 * neighbours pairwise and doubles the bin width. At the end the bins are bucketed down to the
 * number of peaks wanted.
 */

/** Max absolute amplitude per bucket, normalized so the loudest bucket is 1. */
export function bucketPeaks(samples: Float32Array, count: number): number[] {
  const out = new Array<number>(count).fill(0);
  if (samples.length === 0) return out;
  const size = samples.length / count;
  let loudest = 0;
  for (let b = 0; b < count; b += 1) {
    const start = Math.floor(b * size);
    const end = Math.min(samples.length, Math.max(start + 1, Math.floor((b + 1) * size)));
    let max = 0;
    for (let i = start; i < end; i += 1) {
      const v = Math.abs(samples[i] ?? 0);
      if (v > max) max = v;
    }
    out[b] = max;
    if (max > loudest) loudest = max;
  }
  if (loudest === 0) return out;
  return out.map((v) => Math.round((v / loudest) * 1000) / 1000);
}

export interface PeakAccumulatorOptions {
  /** Samples per bin to start with (doubles as the clip grows). */
  initialBinSize?: number;
  /** Most bins held at once (even); 16384 floats is 64 KB. */
  maxBins?: number;
}

export class PeakAccumulator {
  private bins: Float32Array;
  private count = 0;
  private binSize: number;
  /** Max and sample count of the bin being filled. */
  private current = 0;
  private filled = 0;
  private samples = 0;
  private seconds = 0;

  constructor({ initialBinSize = 64, maxBins = 16384 }: PeakAccumulatorOptions = {}) {
    if (maxBins < 2 || maxBins % 2 !== 0) throw new RangeError('maxBins must be even and ≥ 2');
    this.bins = new Float32Array(maxBins);
    this.binSize = Math.max(1, Math.floor(initialBinSize));
  }

  /** Total samples (per channel) added so far. */
  get sampleCount(): number {
    return this.samples;
  }

  /** Seconds of audio added so far (each block counted at its own sample rate). */
  get duration(): number {
    return this.seconds;
  }

  /** Adds the first `length` samples of one channel, recorded at `sampleRate`. */
  add(samples: Float32Array, length = samples.length, sampleRate = 0): void {
    const n = Math.min(length, samples.length);
    if (sampleRate > 0) this.seconds += n / sampleRate;
    this.samples += n;
    let i = 0;
    while (i < n) {
      const take = Math.min(this.binSize - this.filled, n - i);
      let max = this.current;
      for (const end = i + take; i < end; i += 1) {
        const v = samples[i]!;
        const a = v < 0 ? -v : v;
        if (a > max) max = a;
      }
      this.current = max;
      this.filled += take;
      if (this.filled === this.binSize) this.closeBin();
    }
  }

  /** `count` peaks, normalized so the loudest is 1 and rounded to 3 decimals. */
  peaks(count: number): number[] {
    const all = new Float32Array(this.count + (this.filled > 0 ? 1 : 0));
    all.set(this.bins.subarray(0, this.count));
    if (this.filled > 0) all[this.count] = this.current;
    return bucketPeaks(all, count);
  }

  private closeBin(): void {
    this.bins[this.count] = this.current;
    this.count += 1;
    this.current = 0;
    this.filled = 0;
    if (this.count === this.bins.length) {
      // Full: merge neighbours into bins twice as wide, all of the same width.
      const half = this.bins.length / 2;
      for (let j = 0; j < half; j += 1)
        this.bins[j] = Math.max(this.bins[2 * j]!, this.bins[2 * j + 1]!);
      this.count = half;
      this.binSize *= 2;
    }
  }
}
