/**
 * Waveform peaks kept by clip ID in IndexedDB, so a second visit draws the waveform with no
 * audio bytes. Private modes may refuse IndexedDB: peaks then live in the query cache for this
 * visit only.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';

const storedPeaksSchema = v.object({
  /** Max absolute amplitude per bucket, 0..1. */
  peaks: v.array(v.pipe(v.number(), v.finite())),
  duration: v.pipe(v.number(), v.finite(), v.gtValue(0)),
});

export type StoredPeaks = v.InferOutput<typeof storedPeaksSchema>;

/** The query cache's key for a clip's peaks; what is computed for it sits beneath it. */
export function peaksQueryKey(clipId: string) {
  return ['peaks', clipId] as const;
}

/** Peaks computed from one file of the clip: a new URL or duration is a new computation. */
export function computedPeaksQueryKey(clipId: string, url: string, duration: number | null) {
  return [...peaksQueryKey(clipId), 'computed', url, duration] as const;
}

let store: UseStore | null | undefined;

function peaksStore(): UseStore | null {
  if (store === undefined) {
    try {
      // The database and store names the app has always used, so earlier caches still count.
      store = typeof indexedDB === 'undefined' ? null : createStore('clip-viewer', 'peaks');
    } catch {
      store = null;
    }
  }
  return store;
}

export async function readPeaks(clipId: string): Promise<StoredPeaks | null> {
  const db = peaksStore();
  if (!db) return null;
  try {
    const parsed = v.safeParse(storedPeaksSchema, await get(clipId, db));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export async function writePeaks(clipId: string, value: StoredPeaks): Promise<void> {
  const db = peaksStore();
  if (!db) return;
  try {
    await set(clipId, value, db);
  } catch {
    // A full or refused store costs the next visit a download, nothing more.
  }
}
