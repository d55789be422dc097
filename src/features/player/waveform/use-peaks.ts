import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { finalAudioUrl, type Clip } from '../../../domain/clip';
import { useDwell } from '../../../lib/use-dwell';
import { useGrowingPeaks } from './growing-peaks';
import { computedPeaksQueryKey, peaksQueryKey, readPeaks, type StoredPeaks } from './peaks-cache';
import { prefersSavingData } from '../../../lib/save-data';

export type PeaksState =
  | { kind: 'none' }
  | { kind: 'loading' }
  /** Bars so far, UNHEARD where the audio has not arrived yet. */
  | { kind: 'growing'; peaks: number[] }
  | { kind: 'ready'; peaks: StoredPeaks }
  | { kind: 'unavailable'; message: string };

/** How long a card must stay on screen before it is worth downloading its audio for peaks. */
const DWELL_MS = 400;

/** A clip's peaks as far as the device knows them: IndexedDB, read once per visit. */
export function storedPeaksQuery(clipId: string) {
  return queryOptions({
    queryKey: peaksQueryKey(clipId),
    queryFn: () => readPeaks(clipId),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}

function computedPeaksQuery(clipId: string, url: string, duration: number | null) {
  return queryOptions({
    queryKey: computedPeaksQueryKey(clipId, url, duration),
    queryFn: async ({ signal, client }): Promise<StoredPeaks> => {
      // Decoding code loads with the first waveform that needs computing.
      const { computePeaks } = await import('./compute-peaks');
      const value = await computePeaks(clipId, url, duration, signal);
      client.setQueryData(peaksQueryKey(clipId), value);
      return value;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * Peaks for a clip: from the cache when there; from the player's own download while it plays
 * (growing as the bytes arrive, a live stream included); else computed once the card has been
 * on screen for a moment, unless the person saves data. Scrolling past costs no audio bytes.
 */
export function usePeaks(clip: Clip, onScreen: boolean, loaded: boolean): PeaksState {
  const url = finalAudioUrl(clip);
  const client = useQueryClient();
  const growing = useGrowingPeaks(clip.id);
  const played = growing?.owner === 'player';
  const mayCompute = url !== null && !played && (loaded || !prefersSavingData());
  const dwelled = useDwell(mayCompute && onScreen, DWELL_MS);
  const stored = useQuery({ ...storedPeaksQuery(clip.id), enabled: url !== null });
  const computedQuery = computedPeaksQuery(clip.id, url ?? '', clip.duration);
  const computed = useQuery({
    ...computedQuery,
    enabled: mayCompute && dwelled && stored.isSuccess && stored.data === null,
  });

  // Playing the clip measures its own download: a card's separate one is no longer needed.
  const computing = computed.fetchStatus === 'fetching';
  useEffect(() => {
    if (played && computing) void client.cancelQueries({ queryKey: computedQuery.queryKey });
  }, [played, computing, client, computedQuery.queryKey]);

  if (stored.data) return { kind: 'ready', peaks: stored.data };
  if (growing?.final) return { kind: 'ready', peaks: growing.final };
  if (computed.data) return { kind: 'ready', peaks: computed.data };
  if (growing) return { kind: 'growing', peaks: growing.peaks };
  if (computed.error && !played) {
    const e = computed.error;
    const message =
      e.name === 'WaveformUnavailable' ? e.message : 'No waveform: the audio could not be read.';
    return { kind: 'unavailable', message };
  }
  return computing ? { kind: 'loading' } : { kind: 'none' };
}
