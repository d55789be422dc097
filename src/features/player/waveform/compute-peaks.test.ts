import { describe, expect, it } from 'vitest';
import { bucketPeaks } from './compute-peaks';

describe('bucketPeaks', () => {
  it('takes the loudest absolute sample per bucket and normalizes to 1', () => {
    const samples = new Float32Array([0.1, -0.5, 0.2, 0.25, -0.05, 0.1, 0, 0]);
    expect(bucketPeaks(samples, 4)).toEqual([1, 0.5, 0.2, 0]);
  });

  it('copes with fewer samples than buckets and with silence', () => {
    expect(bucketPeaks(new Float32Array([0.5]), 3)).toHaveLength(3);
    expect(bucketPeaks(new Float32Array(100), 10)).toEqual(new Array(10).fill(0));
    expect(bucketPeaks(new Float32Array(0), 2)).toEqual([0, 0]);
  });
});
