import { useSyncExternalStore } from 'react';
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

const entries = new Map<string, GrowingPeaks>();
const listeners = new Set<() => void>();

export const growingPeaks = {
  get: (clipId: string): GrowingPeaks | null => entries.get(clipId) ?? null,
  set(clipId: string, value: GrowingPeaks | null): void {
    if (value) entries.set(clipId, value);
    else if (!entries.delete(clipId)) return;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useGrowingPeaks(clipId: string): GrowingPeaks | null {
  return useSyncExternalStore(
    growingPeaks.subscribe,
    () => growingPeaks.get(clipId),
    () => null,
  );
}
