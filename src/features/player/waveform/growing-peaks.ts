import { createStore, useStore } from '../../../lib/store';
import type { StoredPeaks } from './peaks-cache';

/**
 * Waveforms being drawn while their audio arrives, by clip ID. Written by the decoding side
 * (loaded on demand), read by cards; kept tiny because every card reads it on first paint.
 */
export interface GrowingPeaks {
  /** PEAK_COUNT bars, UNHEARD (-1) where nothing has arrived yet. */
  peaks: number[];
  /** Set once every bar is known: the peaks that also went to the cache. */
  final: StoredPeaks | null;
  /** The playing clip's own download, or a card measuring a clip nobody plays. */
  owner: 'player' | 'card';
  /** Which feed wrote it, so a feed that stops takes down only its own drawing. */
  feed: number;
}

const entries = createStore<ReadonlyMap<string, GrowingPeaks>>(new Map());

export const growingPeaks = {
  get: (clipId: string): GrowingPeaks | null => entries.get().get(clipId) ?? null,
  set(clipId: string, value: GrowingPeaks | null): void {
    if (!value && !entries.get().has(clipId)) return;
    // A new map each time: readers compare snapshots, so the old one must stay as it was.
    const next = new Map(entries.get());
    if (value) next.set(clipId, value);
    else next.delete(clipId);
    entries.set(next);
  },
  subscribe: entries.subscribe,
};

export function useGrowingPeaks(clipId: string): GrowingPeaks | null {
  return useStore(entries, (all) => all.get(clipId) ?? null);
}
