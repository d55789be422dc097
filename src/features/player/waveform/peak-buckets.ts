/**
 * Peaks gathered as decoded audio arrives, in any order: from the start while a clip streams,
 * from the middle after a seek re-fetches from there. The audio is kept as the loudest sample
 * per fine slice of time, so the same record serves a clip of known length (PEAK_COUNT bars
 * over its duration) and a live stream whose length is not known yet (bars over what exists).
 */

/** Bars in a clip's stored waveform (cards draw fewer, the playing waveform all of them). */
export const PEAK_COUNT = 600;

/** Seconds per fine slice: small enough to rebucket into any bar count a card draws. */
export const FINE_SECONDS = 0.05;

/** A bar not heard yet: drawn as nothing, so the waveform grows as the bytes arrive. */
export const UNHEARD = -1;

/** Slices a decoder may miss where it starts mid-file (about two MP3 frames). */
const MAX_HOLE = 4;

export interface PeakSnapshot {
  /** Loudest absolute sample per fine slice. */
  maxima: Float32Array;
  /** 1 where the slice has been heard. */
  heard: Uint8Array;
}

export class PeakBuckets {
  private maxima = new Float32Array(1024);
  private heard = new Uint8Array(1024);
  private used = 0;

  static from(snapshot: PeakSnapshot): PeakBuckets {
    const buckets = new PeakBuckets();
    buckets.grow(snapshot.maxima.length);
    buckets.maxima.set(snapshot.maxima);
    buckets.heard.set(snapshot.heard);
    buckets.used = snapshot.maxima.length;
    return buckets;
  }

  /** Seconds from the start to the end of the furthest slice heard. */
  get seconds(): number {
    return this.used * FINE_SECONDS;
  }

  /** Adds decoded samples that begin `atSeconds` into the clip. */
  add(atSeconds: number, samples: Float32Array, sampleRate: number): void {
    if (samples.length === 0 || !(sampleRate > 0) || !(atSeconds >= 0)) return;
    const perSlice = sampleRate * FINE_SECONDS;
    const first = atSeconds * sampleRate;
    let slice = Math.floor(first / perSlice);
    // Index in `samples` where the next slice begins.
    let edge = (slice + 1) * perSlice - first;
    let max = 0;
    for (let i = 0; i < samples.length; i += 1) {
      if (i >= edge) {
        this.put(slice, max);
        slice += 1;
        edge += perSlice;
        max = 0;
      }
      const v = Math.abs(samples[i] ?? 0);
      if (v > max) max = v;
    }
    this.put(slice, max);
  }

  /**
   * True when everything from 0 to `seconds` has been heard (the last slice may be partial),
   * but for holes of a few slices: a decoder picking up mid-file after a seek needs a frame or
   * two to find its footing, and that must not leave a clip forever unfinished.
   */
  heardThrough(seconds: number): boolean {
    const last = Math.floor(seconds / FINE_SECONDS) - 1;
    if (last >= this.used) return false;
    let hole = 0;
    for (let i = 0; i <= last; i += 1) {
      hole = this.heard[i] === 1 ? 0 : hole + 1;
      if (hole > MAX_HOLE) return false;
    }
    return true;
  }

  snapshot(): PeakSnapshot {
    return { maxima: this.maxima.slice(0, this.used), heard: this.heard.slice(0, this.used) };
  }

  /**
   * `count` bars over the first `spanSeconds`: the loudest heard slice in each, normalized so
   * the loudest bar is 1 (three decimals, like the cached peaks); UNHEARD where none was heard.
   */
  toPeaks(count: number, spanSeconds: number): number[] {
    const out = new Array<number>(count).fill(UNHEARD);
    const slices = spanSeconds / FINE_SECONDS;
    let loudest = 0;
    for (let b = 0; b < count; b += 1) {
      const start = Math.floor((b * slices) / count);
      const end = Math.max(start + 1, Math.floor(((b + 1) * slices) / count));
      let max: number = UNHEARD;
      for (let i = start; i < Math.min(end, this.used); i += 1) {
        if (this.heard[i] === 1) max = Math.max(max, this.maxima[i] ?? 0);
      }
      out[b] = max;
      if (max > loudest) loudest = max;
    }
    if (loudest === 0) return out.map((v) => (v === UNHEARD ? v : 0));
    return out.map((v) => (v === UNHEARD ? v : Math.round((v / loudest) * 1000) / 1000));
  }

  private put(slice: number, max: number): void {
    this.grow(slice + 1);
    if (this.heard[slice] === 1) this.maxima[slice] = Math.max(this.maxima[slice] ?? 0, max);
    else this.maxima[slice] = max;
    this.heard[slice] = 1;
    if (slice + 1 > this.used) this.used = slice + 1;
  }

  private grow(length: number): void {
    if (length <= this.maxima.length) return;
    const size = Math.max(length, this.maxima.length * 2);
    const maxima = new Float32Array(size);
    const heard = new Uint8Array(size);
    maxima.set(this.maxima);
    heard.set(this.heard);
    this.maxima = maxima;
    this.heard = heard;
  }
}

/**
 * How much of a live stream the waveform spans: what has arrived, rounded up to the next half
 * minute, so bars grow from the left and the drawing rescales only every 30 s of music.
 */
export function liveSpan(seconds: number): number {
  return Math.max(30, Math.ceil((seconds + 0.001) / 30) * 30);
}
