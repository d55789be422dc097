/**
 * The player's view of the stored peaks (api/peaks-store) as query keys: what is stored for a
 * clip, and what is computed from one of its files beneath it.
 */
export { readPeaks, writePeaks, type StoredPeaks } from '../../../api/peaks-store';

/** The query cache's key for a clip's peaks; what is computed for it sits beneath it. */
export function peaksQueryKey(clipId: string) {
  return ['peaks', clipId] as const;
}

/** Peaks computed from one file of the clip: a new URL or duration is a new computation. */
export function computedPeaksQueryKey(clipId: string, url: string, duration: number | null) {
  return [...peaksQueryKey(clipId), 'computed', url, duration] as const;
}
