/**
 * React Query wiring for lookups: one query per lookup, polled by a pure policy over the data.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import type { LookupTarget } from '../domain/lookup-target';
import { isSettled, isTerminal } from './clip';
import type { LookupResult } from './clip';
import { ApiError, clampRetryAfter, toApiError } from './client';
import { fetchLookup } from './providers';
import type { ProviderConfig } from './providers';

export const LOOKUP_QUERY_ROOT = 'lookup';

export const FAST_POLL_MS = 2_000;
export const SLOW_POLL_MS = 10_000;
export const VIDEO_POLL_MS = 15_000;
export const STALLED_POLL_MS = 30_000;
/** Jobs younger than this poll at the fast pace: most clips start streaming within ~20 s. */
export const YOUNG_MS = 30_000;
/** By this age the pace has slowed to `SLOW_POLL_MS`; completion takes 1–4 min. */
export const MATURE_MS = 180_000;
export const STALL_QUEUED_MS = 180_000;
export const STALL_STREAMING_MS = 480_000;
const MAX_RETRIES = 3;
const MAX_BACKOFF_MS = 8_000;

export type StallInfo = { status: 'queued' | 'streaming'; minutes: number } | null;

/** A lookup that has been waiting longer than generation normally takes, and where. */
export function stallInfo(result: LookupResult | undefined, ageMs: number): StallInfo {
  if (!result || result.clips.length === 0) return null;
  const minutes = Math.floor(ageMs / 60_000);
  if (ageMs >= STALL_QUEUED_MS) {
    const waiting = result.clips.some((c) => c.status === 'submitted' || c.status === 'queued');
    if (waiting) return { status: 'queued', minutes };
  }
  if (ageMs >= STALL_STREAMING_MS && result.clips.some((c) => c.status === 'streaming')) {
    return { status: 'streaming', minutes };
  }
  return null;
}

function paceForAge(ageMs: number): number {
  if (ageMs <= YOUNG_MS) return FAST_POLL_MS;
  if (ageMs >= MATURE_MS) return SLOW_POLL_MS;
  const t = (ageMs - YOUNG_MS) / (MATURE_MS - YOUNG_MS);
  return Math.round((FAST_POLL_MS + t * (SLOW_POLL_MS - FAST_POLL_MS)) / 100) * 100;
}

export interface PollInput {
  result: LookupResult | undefined;
  ageMs: number;
  lastError: ApiError | null;
}

/**
 * How long until the next poll, or false to stop. Pure, so the whole schedule is unit-tested.
 * Errors here are those left after React Query's own retries.
 */
export function pollInterval({ result, ageMs, lastError }: PollInput): number | false {
  const clips = result?.clips ?? [];
  if (clips.length > 0 && clips.every(isSettled)) return false;

  if (lastError) {
    switch (lastError.kind) {
      case 'auth':
      case 'not-found':
      case 'unsupported':
        // Asking again cannot help until the person changes the ID or Settings.
        return false;
      case 'rate-limited':
        return clampRetryAfter(lastError.retryAfterMs ?? STALLED_POLL_MS);
      case 'bad-response':
        // Possibly a proxy's hiccup, possibly a format we cannot read: keep trying, gently.
        return STALLED_POLL_MS;
      case 'server':
      case 'network':
      case 'timeout':
        return Math.max(
          SLOW_POLL_MS,
          paceForAge(ageMs),
          lastError.retryAfterMs === null ? 0 : clampRetryAfter(lastError.retryAfterMs),
        );
      case 'aborted':
        break;
    }
  }

  if (clips.length > 0 && clips.every((c) => isTerminal(c.status))) return VIDEO_POLL_MS;
  if (stallInfo(result, ageMs) !== null) return STALLED_POLL_MS;
  // Unknown status words never settle; past the streaming stall age, stop hammering.
  if (ageMs >= STALL_STREAMING_MS) return STALLED_POLL_MS;
  return paceForAge(ageMs);
}

/** Whether React Query should retry a failed fetch within one poll. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const e = toApiError(error);
  switch (e.kind) {
    case 'server':
    case 'network':
    case 'timeout':
    case 'rate-limited':
      return failureCount < MAX_RETRIES;
    default:
      return false;
  }
}

export function retryDelay(failureCount: number, error: unknown): number {
  const e = toApiError(error);
  if (e.retryAfterMs !== null) return clampRetryAfter(e.retryAfterMs);
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** failureCount);
}

/** A lookup's answer as the query keeps it: with the time the job was first asked about. */
export interface LookupAnswer extends LookupResult {
  /** Epoch ms of the first request that got an answer: the job's age drives back-off. */
  startedAt: number;
}

export function lookupQueryKey(config: ProviderConfig, target: LookupTarget) {
  // The key is visible in devtools and cache dumps, so the API key stays out. `hasKey` makes
  // adding a key start a fresh query instead of sitting on the old "add your key" error.
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

function isLookupSettled(data: LookupAnswer | undefined): boolean {
  return data !== undefined && data.clips.length > 0 && data.clips.every(isSettled);
}

export function lookupQueryOptions(config: ProviderConfig, target: LookupTarget) {
  const queryKey = lookupQueryKey(config, target);
  return queryOptions<LookupAnswer, ApiError, LookupAnswer, ReturnType<typeof lookupQueryKey>>({
    queryKey,
    queryFn: async ({ signal, queryKey: key, client }) => {
      const askedAt = Date.now();
      const previous = client.getQueryData<LookupAnswer>(key);
      try {
        const result = await fetchLookup(config, target, signal);
        return { ...result, startedAt: previous?.startedAt ?? askedAt };
      } catch (e) {
        throw toApiError(e);
      }
    },
    refetchInterval: (query) =>
      pollInterval({
        result: query.state.data,
        ageMs: lookupAge(query.state.data, Date.now()),
        lastError: query.state.error,
      }),
    refetchIntervalInBackground: false,
    // Settled lookups never change: no refetch on focus or remount.
    staleTime: (query) => (isLookupSettled(query.state.data) ? Infinity : 0),
    retry: shouldRetry,
    retryDelay,
  });
}

export type { LookupQuery };
