import { describe, expect, it } from 'vitest';
import { END_MARGIN_SECONDS, startWithin } from './clip';

describe('startWithin', () => {
  it('keeps a moment at or past the end a little before it', () => {
    expect(startWithin(180, 180)).toBe(180 - END_MARGIN_SECONDS);
    expect(startWithin(500, 180)).toBe(180 - END_MARGIN_SECONDS);
    expect(startWithin(179, 180)).toBe(179);
  });

  it('leaves a moment alone when the length is unknown, and never goes below zero', () => {
    expect(startWithin(42, null)).toBe(42);
    expect(startWithin(42, undefined)).toBe(42);
    expect(startWithin(42, Number.NaN)).toBe(42);
    expect(startWithin(-3, 180)).toBe(0);
    expect(startWithin(0.3, 0.2)).toBe(0.3);
  });
});
