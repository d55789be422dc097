/**
 * A finished clip's lyric timings kept by clip ID in IndexedDB, like its peaks: they never
 * change once the clip is complete, so the next visit asks the provider nothing. Private modes
 * may refuse IndexedDB: timings then live in the query cache for this visit only.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { AlignedWord } from '../domain/timed-lyrics';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const storedSchema = v.array(
  v.object({ word: v.string(), start: time, end: time, success: v.boolean() }),
);

let store: UseStore | null | undefined;

function timingsStore(): UseStore | null {
  if (store === undefined) {
    try {
      // A database of its own: idb-keyval opens one store per database.
      store =
        typeof indexedDB === 'undefined' ? null : createStore('clip-viewer-timings', 'timings');
    } catch {
      store = null;
    }
  }
  return store;
}

export async function readStoredTimings(clipId: string): Promise<AlignedWord[] | null> {
  const db = timingsStore();
  if (!db) return null;
  try {
    const parsed = v.safeParse(storedSchema, await get(clipId, db));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export async function writeStoredTimings(clipId: string, words: AlignedWord[]): Promise<void> {
  const db = timingsStore();
  if (!db) return;
  try {
    await set(clipId, words, db);
  } catch {
    // A full or refused store costs the next visit one request, nothing more.
  }
}
