import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps at most max entries, dropping the least recently used', () => {
    const map = new BoundedMap<string, number>({ max: 2, idleMs: 1000 }, () => 0);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
  });

  it('forgets entries left unused for the idle time, and drops them on the next write', () => {
    let now = 0;
    const map = new BoundedMap<string, number>({ max: 10, idleMs: 100 }, () => now);
    map.set('a', 1);
    map.set('b', 2);
    now = 50;
    expect(map.get('a')).toBe(1);
    now = 120;
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    now = 300;
    map.set('c', 3);
    expect([...map.keys()]).toEqual(['c']);
  });
});
