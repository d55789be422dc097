/**
 * React Query wiring for lookups: one query per lookup, polled by a pure policy over the data
 * (`polling-policy.ts`).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Query, QueryClient, QueryState } from '@tanstack/react-query';
import type { LookupPart } from '../domain/lookup-target';
import { isSettled, isTerminal } from '../domain/clip';
import type { LookupResult } from '../domain/clip';
import { type ApiError, toApiError } from '../domain/errors';
import { pollInterval, pollStop, retryDelay, shouldRetry, type PollInput } from './polling-policy';
import type { ProviderConfig } from './provider-config';

export const LOOKUP_QUERY_ROOT = 'lookup';

/** A lookup's answer as the query keeps it, with what the polling policy needs to know. */
export interface LookupAnswer extends LookupResult {
  /** Epoch ms of the first request that got an answer: the job's age drives back-off. */
  startedAt: number;
  /** When every clip's audio was first seen done (the video may still be pending), or null. */
  audioDoneAt: number | null;
  /** The query's error count when this answer came: later errors are a run of failures. */
  errorsBefore: number;
}

/**
 * The stretch of time the page has been checking: from when it opened or the person resumed.
 * Caps count from here, so "Resume checking" gives the job a fresh allowance.
 */
export interface CheckingWindow {
  since: number;
  /** The query's error count when the window opened. */
  errorsAtStart: number;
}

export function lookupQueryKey(config: ProviderConfig, target: LookupPart) {
  // The key is visible in devtools and cache dumps, so the API key stays out. `hasKey` makes
  // adding a key start a fresh query instead of sitting on the old "add your key" error.
  // A task's query is the same whether it is looked up alone or in a batch.
  const normalized =
    target.mode === 'task'
      ? { mode: target.mode, taskId: target.taskId }
      : { mode: target.mode, ids: [...target.ids] };
  return [
    LOOKUP_QUERY_ROOT,
    {
      kind: config.kind,
      baseUrl: config.baseUrl,
      hasKey: config.apiKey.trim() !== '',
      target: normalized,
    },
  ] as const;
}

type LookupQuery = Query<LookupAnswer, ApiError, LookupAnswer, ReturnType<typeof lookupQueryKey>>;

/** How long the job has been followed, as of `at`; 0 before its first answer. */
export function lookupAge(data: LookupAnswer | undefined, at: number): number {
  return data === undefined ? 0 : Math.max(0, at - data.startedAt);
}

/** What the policy reads of a lookup's query (its state, or an observer's result). */
type PollState = Pick<
  QueryState<LookupAnswer, ApiError>,
  'data' | 'error' | 'errorUpdateCount' | 'dataUpdatedAt' | 'errorUpdatedAt'
>;

/** The policy's view of a lookup's query as of `at`. */
export function pollInputOf(
  state: PollState,
  window: CheckingWindow | null,
  at: number,
): PollInput {
  const data = state.data;
  const since = window?.since ?? at;
  const failedSince = Math.max(data?.errorsBefore ?? 0, window?.errorsAtStart ?? 0);
  return {
    result: data,
    ageMs: lookupAge(data, at),
    lastError: state.error,
    checkingForMs: Math.max(0, at - since),
    failedPolls: Math.max(0, state.errorUpdateCount - failedSince),
    videoWaitMs:
      data?.audioDoneAt == null ? 0 : Math.max(0, at - Math.max(data.audioDoneAt, since)),
  };
}

/** Why polling stopped by itself as of the query's last activity, if it did. */
export function lookupStop(state: PollState, window: CheckingWindow) {
  const at = Math.max(state.dataUpdatedAt, state.errorUpdatedAt);
  return at === 0 ? null : pollStop(pollInputOf(state, window, at));
}

function isLookupSettled(data: LookupAnswer | undefined): boolean {
  return data !== undefined && data.clips.length > 0 && data.clips.every(isSettled);
}

export function lookupQueryOptions(
  config: ProviderConfig,
  target: LookupPart,
  window: CheckingWindow | null = null,
) {
  const queryKey = lookupQueryKey(config, target);
  return queryOptions<LookupAnswer, ApiError, LookupAnswer, ReturnType<typeof lookupQueryKey>>({
    queryKey,
    queryFn: async ({ signal, queryKey: key, client }) => {
      const askedAt = Date.now();
      const before = client.getQueryState<LookupAnswer, ApiError>(key);
      const previous = before?.data;
      try {
        // The adapters load with the first lookup: the start page never needs them.
        const { fetchThroughGate } = await import('./providers');
        const result = await fetchThroughGate(config, target, signal);
        const audioDone =
          result.clips.length > 0 && result.clips.every((c) => isTerminal(c.status));
        return {
          ...result,
          startedAt: previous?.startedAt ?? askedAt,
          audioDoneAt: audioDone ? (previous?.audioDoneAt ?? askedAt) : null,
          errorsBefore: before?.errorUpdateCount ?? 0,
        };
      } catch (e) {
        throw toApiError(e);
      }
    },
    refetchInterval: (query) => pollInterval(pollInputOf(query.state, window, Date.now())),
    refetchIntervalInBackground: false,
    // Settled lookups never change: no refetch on focus or remount.
    staleTime: (query) => (isLookupSettled(query.state.data) ? Infinity : 0),
    retry: shouldRetry,
    retryDelay,
  });
}

export type { LookupQuery };

/**
 * A clip's title as any lookup of this visit found it, or null: lineage names a parent by its
 * title when the person has seen it, with no request for it.
 */
export function knownClipTitle(client: QueryClient, clipId: string): string | null {
  for (const [, answer] of client.getQueriesData<LookupAnswer>({ queryKey: [LOOKUP_QUERY_ROOT] })) {
    const title = answer?.clips.find((c) => c.id === clipId)?.title.trim();
    if (title) return title;
  }
  return null;
}
