/**
 * Waveform peaks from decoded samples: shared by the player's waveforms and the embeddable
 * player's, which decode the same MP3s.
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
