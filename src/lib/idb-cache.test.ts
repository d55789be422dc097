import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { idbCache } from './idb-cache';

describe('idbCache', () => {
  it('without IndexedDB (a private mode refusing it) finds nothing and loses nothing', async () => {
    // jsdom has no IndexedDB: the journeys cover the real store ("drawn from the cache").
    expect(typeof indexedDB).toBe('undefined');
    const cache = idbCache('test-db', 'things', v.object({ n: v.number() }));
    await expect(cache.write('a', { n: 1 })).resolves.toBeUndefined();
    await expect(cache.read('a')).resolves.toBeNull();
    await expect(cache.all()).resolves.toEqual([]);
    await expect(cache.remove('a')).resolves.toBeUndefined();
  });

  it('refuses out loud a save that must not be lost, where there is no IndexedDB', async () => {
    const cache = idbCache('test-db', 'things', v.object({ n: v.number() }));
    await expect(cache.save('a', { n: 1 })).rejects.toThrow(/keeps no data/);
  });
});
