/**
 * Values kept by key in IndexedDB and checked against a schema when read back, for caches
 * that spare the next visit some work (waveform peaks, lyric timings). Private modes may
 * refuse IndexedDB: reads then find nothing and writes do nothing, so the cache only ever
 * saves work, never loses any. The database opens on first use, not at import.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';

export interface IdbCache<T> {
  read(key: string): Promise<T | null>;
  write(key: string, value: T): Promise<void>;
}

export function idbCache<S extends v.GenericSchema>(
  database: string,
  storeName: string,
  schema: S,
): IdbCache<v.InferOutput<S>> {
  let store: UseStore | null | undefined;
  const open = (): UseStore | null => {
    if (store === undefined) {
      try {
        store = typeof indexedDB === 'undefined' ? null : createStore(database, storeName);
      } catch {
        store = null;
      }
    }
    return store;
  };
  return {
    async read(key) {
      const db = open();
      if (!db) return null;
      try {
        const parsed = v.safeParse(schema, await get(key, db));
        return parsed.success ? parsed.output : null;
      } catch {
        return null;
      }
    },
    async write(key, value) {
      const db = open();
      if (!db) return;
      try {
        await set(key, value, db);
      } catch {
        // A full or refused store costs the next visit some work, nothing more.
      }
    },
  };
}
