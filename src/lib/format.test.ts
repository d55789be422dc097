import { describe, expect, it } from 'vitest';
import { countOf, firstLines, formatBytes, formatCreated, formatDuration } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [191, '3:11'],
    [150.56, '2:30'],
    [3723, '1:02:03'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
    [null, '0:00'],
  ])('%s → %s', (input, out) => {
    expect(formatDuration(input)).toBe(out);
  });
});

describe('formatCreated', () => {
  it('formats a valid ISO date and rejects junk', () => {
    expect(formatCreated('2024-07-22T07:56:36.711Z', 'en-GB')).toMatch(/2024/);
    expect(formatCreated('not a date')).toBeNull();
    expect(formatCreated(null)).toBeNull();
  });
});

describe('firstLines', () => {
  it('skips section marks and blank lines', () => {
    expect(firstLines('[Verse]\nStars they shine\n\nMoonlight glows\n[Chorus]\nStarry', 2)).toEqual(
      ['Stars they shine', 'Moonlight glows'],
    );
    expect(firstLines(null, 3)).toEqual([]);
  });
});

describe('countOf', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(countOf(1, 'clip')).toBe('1 clip');
    expect(countOf(0, 'clip')).toBe('0 clips');
    expect(countOf(5, 'task')).toBe('5 tasks');
    expect(countOf(2, 'child', 'children')).toBe('2 children');
  });

  it('reads a timestamp in milliseconds like a date string', () => {
    const at = Date.UTC(2024, 6, 22, 7, 56);
    expect(formatCreated(at, 'en-GB')).toBe(formatCreated(new Date(at).toISOString(), 'en-GB'));
  });
});

describe('formatBytes', () => {
  it('reads as the system shows storage: decimal units, one decimal under ten', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(3_240_000)).toBe('3.2 MB');
    expect(formatBytes(48_700_000)).toBe('49 MB');
    expect(formatBytes(2.5e12)).toBe('2.5 TB');
    expect(formatBytes(Number.NaN)).toBe('0 bytes');
  });
});
