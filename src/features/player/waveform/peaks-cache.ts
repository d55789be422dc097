/**
 * Waveform peaks kept by clip ID in IndexedDB, so a second visit draws the waveform with no
 * audio bytes. Private modes may refuse IndexedDB: peaks then live in the query cache for this
 * visit only.
 */
import * as v from 'valibot';
import { idbCache } from '../../../lib/idb-cache';

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

// The database and store names the app has always used, so earlier caches still count.
const cache = idbCache('clip-viewer', 'peaks', storedPeaksSchema);

export function readPeaks(clipId: string): Promise<StoredPeaks | null> {
  return cache.read(clipId);
}

export function writePeaks(clipId: string, value: StoredPeaks): Promise<void> {
  return cache.write(clipId, value);
}
