/**
 * A clip's lyrics with the provider's timings, asked for once per clip (when its lyrics are
 * shown), kept in the query cache and, once the clip is complete, in IndexedDB. Providers with
 * no timings call are never asked, and nothing is made up for them.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Clip } from '../domain/clip';
import { PROVIDERS } from '../domain/providers';
import { clipCallIds } from '../domain/providers/call';
import { timeLyrics, type AlignedWord, type TimedLyrics } from '../domain/timed-lyrics';
import type { ProviderConfig } from './provider-config';
import { readStoredTimings, writeStoredTimings } from './timings-cache';

/** A clip still being made may be aligned a little later: asked again at this pace. */
const UNFINISHED_RETRY_MS = 30_000;

/** A clip as its timings call names it: its task's ID when the lookup was by task. */
export interface TimingsClip extends Pick<Clip, 'id' | 'status' | 'lyrics'> {
  taskId: string | null;
}

/** Whether this provider can be asked for this clip's timings at all. */
export function canAskTimings(
  config: ProviderConfig,
  clip: Pick<TimingsClip, 'id' | 'taskId'>,
): boolean {
  const call = PROVIDERS[config.kind].extraCalls?.timings;
  return call !== undefined && clipCallIds(call, clip) !== null;
}

/** As for lookups, the API key itself stays out of the query key (devtools show it). */
export function timingsQueryKey(config: ProviderConfig, clip: TimingsClip) {
  const where = { kind: config.kind, baseUrl: config.baseUrl, hasKey: config.apiKey.trim() !== '' };
  return ['timings', clip.id, { ...where, complete: clip.status === 'complete' }] as const;
}

export function timingsQuery(config: ProviderConfig, clip: TimingsClip) {
  const complete = clip.status === 'complete';
  return queryOptions({
    queryKey: timingsQueryKey(config, clip),
    queryFn: async ({ signal }): Promise<AlignedWord[]> => {
      const stored = clip.status === 'complete' ? await readStoredTimings(clip.id) : null;
      if (stored) return stored;
      const { fetchTimings } = await import('./providers/timings');
      const words = await fetchTimings(config, clip, signal);
      // An empty answer may only mean "not yet": only words are kept for good.
      if (clip.status === 'complete' && words.length > 0) {
        await writeStoredTimings(clip.id, words);
      }
      return words;
    },
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: 1,
    refetchInterval: (query) =>
      !complete && (query.state.data?.length ?? 0) === 0 && query.state.status !== 'error'
        ? UNFINISHED_RETRY_MS
        : false,
  });
}

/**
 * The clip's lyrics timed by its provider, or null: no timings call, no words (an
 * instrumental), an error answer, or not asked (`wanted` false). Errors are not shown: the
 * lyrics simply stay as text.
 */
export function useTimedLyrics(
  config: ProviderConfig,
  clip: TimingsClip,
  wanted: boolean,
): TimedLyrics | null {
  const query = useQuery({
    ...timingsQuery(config, clip),
    enabled: wanted && canAskTimings(config, clip),
  });
  const words = query.data;
  return useMemo(() => (words ? timeLyrics(words, clip.lyrics) : null), [words, clip.lyrics]);
}

/**
 * The same timings outside a component (a ZIP of many clips): from the query cache when the
 * lyrics were shown, else asked once and cached like theirs. Null where the provider has none.
 */
export async function fetchTimedLyrics(
  queryClient: QueryClient,
  config: ProviderConfig,
  clip: TimingsClip,
): Promise<TimedLyrics | null> {
  const words = await fetchTimedWords(queryClient, config, clip);
  return words ? timeLyrics(words, clip.lyrics) : null;
}

/** The provider's timed words as they came (what a kept clip stores), or null: none. */
export async function fetchTimedWords(
  queryClient: QueryClient,
  config: ProviderConfig,
  clip: TimingsClip,
): Promise<AlignedWord[] | null> {
  if (!canAskTimings(config, clip)) return null;
  const words = await queryClient.fetchQuery(timingsQuery(config, clip));
  return words.length > 0 ? words : null;
}
