import { useQuery } from '@tanstack/react-query';
import type { LookupTarget } from '../domain/lookup-target';
import type { LookupResult } from './clip';
import type { ApiError } from './client';
import { toApiError } from './client';
import type { ProviderConfig } from './providers';
import { lookupAge, lookupQueryOptions, stallInfo } from './queries';

export interface UseLookupResult {
  result: LookupResult | undefined;
  error: ApiError | null;
  isPending: boolean;
  isFetching: boolean;
  stall: ReturnType<typeof stallInfo>;
  /** The failure being retried right now (before it becomes `error`), so the page can say so. */
  retrying: ApiError | null;
  refetch: () => void;
  dataUpdatedAt: number;
}

// Stand-in options while there is nothing to look up; `enabled: false` keeps it from running.
const IDLE_TARGET: LookupTarget = { mode: 'clips', ids: [] };

/** `paused` stops polling (the person chose to stop waiting) and keeps what was shown. */
export function useLookup(
  config: ProviderConfig,
  target: LookupTarget | null,
  paused = false,
): UseLookupResult {
  const query = useQuery({
    ...lookupQueryOptions(config, target ?? IDLE_TARGET),
    enabled: target !== null && !paused,
  });

  const result = target === null ? undefined : query.data;
  // Age as of the latest data rather than "now": stays pure during render, and the stall
  // banner updates on every poll anyway (the stalled pace is 30 s).
  const ageMs = lookupAge(result, query.dataUpdatedAt);

  const { refetch } = query;
  return {
    result,
    error: target === null || query.error === null ? null : toApiError(query.error),
    isPending: target !== null && query.isPending,
    isFetching: query.isFetching,
    stall: stallInfo(result, ageMs),
    retrying:
      target !== null && query.error === null && query.failureReason !== null && query.isFetching
        ? toApiError(query.failureReason)
        : null,
    refetch: () => {
      void refetch();
    },
    dataUpdatedAt: target === null ? 0 : query.dataUpdatedAt,
  };
}
