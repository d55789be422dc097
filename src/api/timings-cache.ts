/**
 * A finished clip's lyric timings kept by clip ID in IndexedDB, like its peaks: they never
 * change once the clip is complete, so the next visit asks the provider nothing. Private modes
 * may refuse IndexedDB: timings then live in the query cache for this visit only.
 */
import * as v from 'valibot';
import type { AlignedWord } from '../domain/timed-lyrics';
import { idbCache } from '../lib/idb-cache';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
export const storedTimingsSchema = v.array(
  v.object({ word: v.string(), start: time, end: time, success: v.boolean() }),
);

// A database of its own: idb-keyval opens one store per database.
const cache = idbCache('clip-viewer-timings', 'timings', storedTimingsSchema);

export function readStoredTimings(clipId: string): Promise<AlignedWord[] | null> {
  return cache.read(clipId);
}

export function writeStoredTimings(clipId: string, words: AlignedWord[]): Promise<void> {
  return cache.write(clipId, words);
}
