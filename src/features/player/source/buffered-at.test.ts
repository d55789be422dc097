import { describe, expect, it } from 'vitest';
import { holdsMoment, type BufferedRanges } from './buffered-at';

function ranges(...pairs: [number, number][]): BufferedRanges {
  return {
    length: pairs.length,
    start: (i) => pairs[i]?.[0] ?? Number.NaN,
    end: (i) => pairs[i]?.[1] ?? Number.NaN,
  };
}

const OPEN = { duration: 180, ended: false };

describe('holdsMoment', () => {
  it('holds a moment inside what has arrived, not one past it or at a stretch’s edge', () => {
    const buffered = ranges([0, 60], [100, 120]);
    expect(holdsMoment(buffered, 30, OPEN)).toBe(true);
    expect(holdsMoment(buffered, 110, OPEN)).toBe(true);
    expect(holdsMoment(buffered, 80, OPEN)).toBe(false);
    // At the edge of a stretch that stops short of the end, more must be fetched.
    expect(holdsMoment(buffered, 59.95, OPEN)).toBe(false);
    expect(holdsMoment(buffered, 119.99, OPEN)).toBe(false);
  });

  it('holds the very end once the whole clip has arrived: End fetches nothing again', () => {
    expect(holdsMoment(ranges([0, 180]), 180, OPEN)).toBe(true);
    // The encoded file may run a frame shorter or longer than the reported duration.
    expect(holdsMoment(ranges([0, 179.95]), 179.97, OPEN)).toBe(true);
    expect(holdsMoment(ranges([0, 180.02]), 180, { duration: null, ended: true })).toBe(true);
  });

  it('after a seek ahead, the end counts only when the last stretch reaches it', () => {
    const gap = ranges([0, 40], [150, 180]);
    expect(holdsMoment(gap, 180, OPEN)).toBe(true);
    expect(holdsMoment(gap, 40, OPEN)).toBe(false);
    expect(holdsMoment(ranges([0, 40]), 40, { duration: null, ended: false })).toBe(false);
  });

  it('holds nothing when nothing has arrived', () => {
    expect(holdsMoment(ranges(), 0, OPEN)).toBe(false);
    expect(holdsMoment(ranges(), 180, { duration: 180, ended: true })).toBe(false);
  });
});
