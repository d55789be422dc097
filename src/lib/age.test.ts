import { describe, expect, it } from 'vitest';
import { formatAge } from './age';

describe('formatAge', () => {
  it('says how long ago, in the largest whole unit', () => {
    const now = Date.UTC(2026, 0, 10);
    expect(formatAge(now - 3 * 3_600_000 - 5, now, 'en')).toBe('3 hours ago');
    expect(formatAge(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
    expect(formatAge(now - 61_000, now, 'en')).toBe('1 minute ago');
    expect(formatAge(now - 5_000, now, 'en')).toBe('now');
    expect(formatAge(now + 60_000, now, 'en')).toBe('now');
  });
});
