import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('forgets entries when they expire, and the least recently used past its size', () => {
    let now = 0;
    const cache = new TtlCache<string>(2, () => now);
    cache.set('a', 'A', 100);
    cache.set('b', 'B', 1_000);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 1_000);
    // "b" was used least recently: it goes, "a" stays.
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    now = 100;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(1);
  });
});
