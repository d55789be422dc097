/**
 * Waveform peaks kept by clip ID in IndexedDB, so a second visit draws the waveform with no
 * audio bytes. Private modes may refuse IndexedDB: peaks then live in the query cache for this
 * visit only. The player writes them; a kept clip carries a copy.
 */
import * as v from 'valibot';
import { idbCache } from '../lib/idb-cache';

export const storedPeaksSchema = v.object({
  /** Max absolute amplitude per bucket, 0..1. */
  peaks: v.array(v.pipe(v.number(), v.finite())),
  duration: v.pipe(v.number(), v.finite(), v.gtValue(0)),
});

export type StoredPeaks = v.InferOutput<typeof storedPeaksSchema>;

// The database and store names the app has always used, so earlier caches still count.
const cache = idbCache('clip-viewer', 'peaks', storedPeaksSchema);

export function readPeaks(clipId: string): Promise<StoredPeaks | null> {
  return cache.read(clipId);
}

export function writePeaks(clipId: string, value: StoredPeaks): Promise<void> {
  return cache.write(clipId, value);
}
