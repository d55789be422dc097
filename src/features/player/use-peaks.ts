import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Clip } from '../../api/clip';
import { readPeaks, writePeaks, type StoredPeaks } from './peaks-cache';

export type PeaksState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; peaks: StoredPeaks }
  | { kind: 'unavailable'; message: string };

/** How long a card must stay on screen before it is worth downloading its audio for peaks. */
const DWELL_MS = 400;

/** A clip's peaks as far as the device knows them: IndexedDB, read once per visit. */
export function storedPeaksQuery(clipId: string) {
  return queryOptions({
    queryKey: ['peaks', clipId],
    queryFn: () => readPeaks(clipId),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}

function computedPeaksQuery(clipId: string, url: string, duration: number | null) {
  return queryOptions({
    queryKey: ['peaks', clipId, 'computed', url, duration],
    queryFn: async ({ signal, client }): Promise<StoredPeaks> => {
      // Decoding code loads with the first waveform that needs computing.
      const { computePeaks } = await import('./compute-peaks');
      const computed = await computePeaks(url, signal);
      const value: StoredPeaks = {
        peaks: computed.peaks,
        duration: duration && duration > 0 ? duration : computed.duration,
      };
      await writePeaks(clipId, value);
      client.setQueryData(storedPeaksQuery(clipId).queryKey, value);
      return value;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** True once `active` has held for `ms`; false again as soon as it drops. */
function useDwell(active: boolean, ms: number): boolean {
  const [dwelled, setDwelled] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => setDwelled(true), ms);
    return () => {
      window.clearTimeout(timer);
      setDwelled(false);
    };
  }, [active, ms]);
  return active && dwelled;
}

/**
 * Peaks for a finished clip: from the cache when there, else computed once the card has been
 * on screen for a moment. Scrolling past a card costs no audio bytes.
 */
export function usePeaks(clip: Clip, onScreen: boolean): PeaksState {
  const url = clip.status === 'complete' ? clip.audioUrl : null;
  const dwelled = useDwell(url !== null && onScreen, DWELL_MS);
  const stored = useQuery({ ...storedPeaksQuery(clip.id), enabled: url !== null });
  const computed = useQuery({
    ...computedPeaksQuery(clip.id, url ?? '', clip.duration),
    enabled: url !== null && dwelled && stored.isSuccess && stored.data === null,
  });

  if (!url) return { kind: 'none' };
  if (stored.data) return { kind: 'ready', peaks: stored.data };
  if (computed.data) return { kind: 'ready', peaks: computed.data };
  if (computed.error) {
    const e = computed.error;
    const message =
      e.name === 'WaveformUnavailable' ? e.message : 'No waveform: the audio could not be read.';
    return { kind: 'unavailable', message };
  }
  return computed.fetchStatus === 'fetching' ? { kind: 'loading' } : { kind: 'none' };
}
