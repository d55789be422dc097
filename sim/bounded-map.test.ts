import { describe, expect, it } from 'vitest';
import { BoundedMap, PROVEN_AFTER_MS } from './bounded-map.ts';

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

describe('BoundedMap probation', () => {
  // Polls come every few seconds, well within the probation; a flood's ID is asked for once.
  const options = { max: 10, idleMs: 10_000, probationMs: 600 };

  it('forgets an entry nobody came back for after the probation, on a sweep', () => {
    let now = 0;
    const map = new BoundedMap<string, number>(options, () => now);
    map.set('flood', 1);
    map.set('person', 2);
    now = 50;
    map.get('flood'); // again within the first second: still unproven
    now = 500;
    expect(map.get('person')).toBe(2);
    now = PROVEN_AFTER_MS;
    expect(map.get('person')).toBe(2);
    now = PROVEN_AFTER_MS + 100;
    map.sweep();
    expect([...map.keys()]).toEqual(['person']);
    now = PROVEN_AFTER_MS + 9_000;
    map.sweep();
    expect(map.get('person')).toBe(2);
    now += 10_000;
    map.sweep();
    expect(map.size).toBe(0);
  });

  it('counts a write of a known key as a use, and a write after expiry as new', () => {
    let now = 0;
    const map = new BoundedMap<string, number>(options, () => now);
    map.set('task', 1);
    now = 500;
    map.set('task', 2);
    now = 1050;
    map.set('task', 3);
    now = 1050 + 5_000;
    map.sweep();
    expect(map.get('task')).toBe(3);
    map.set('gone', 1);
    now += 700;
    map.set('gone', 2);
    now += 500;
    map.set('gone', 3);
    now += 700;
    map.sweep();
    expect(map.has('gone')).toBe(false);
  });
});
