/**
 * Values kept by key in IndexedDB and checked against a schema when read back, for caches
 * that spare the next visit some work (waveform peaks, lyric timings). Private modes may
 * refuse IndexedDB: reads then find nothing and writes do nothing, so the cache only ever
 * saves work, never loses any. The database opens on first use, not at import.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';

export interface IdbCache<T> {
  read(key: string): Promise<T | null>;
  write(key: string, value: T): Promise<void>;
  /** As write, but a refusal (no IndexedDB, a full disk) throws: for what must not be lost. */
  save(key: string, value: T): Promise<void>;
  /** Every value that still reads back as the schema says, by key. */
  all(): Promise<[string, T][]>;
  remove(key: string): Promise<void>;
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
    async save(key, value) {
      const db = open();
      if (!db)
        throw new DOMException('This browser keeps no data for this site.', 'NotAllowedError');
      await set(key, value, db);
    },
    async all() {
      const db = open();
      if (!db) return [];
      try {
        return (await entries(db)).flatMap(([key, value]) => {
          const parsed = v.safeParse(schema, value);
          return typeof key === 'string' && parsed.success
            ? [[key, parsed.output] as [string, v.InferOutput<S>]]
            : [];
        });
      } catch {
        return [];
      }
    },
    async remove(key) {
      const db = open();
      if (db) await del(key, db).catch(() => undefined);
    },
  };
}
