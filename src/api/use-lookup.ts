import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { LookupTarget } from '../domain/lookup-target';
import type { LookupResult } from './clip';
import { toApiError, type ApiError } from './errors';
import { stallInfo, type PollStop, type StallInfo } from './polling-policy';
import type { ProviderConfig } from './provider-config';
import {
  lookupAge,
  lookupQueryOptions,
  lookupStop,
  type CheckingWindow,
  type LookupAnswer,
} from './queries';

export interface UseLookupResult {
  result: LookupAnswer | undefined;
  error: ApiError | null;
  isPending: boolean;
  isFetching: boolean;
  stall: StallInfo;
  /** Polling stopped by itself (a cap was reached); `resume` starts it again. */
  stopped: PollStop | null;
  /** The failure being retried right now (before it becomes `error`), so the page can say so. */
  retrying: ApiError | null;
  refetch: () => void;
  /** Asks again now (joining a request already under way) and gives the answer, if any. */
  reload: () => Promise<LookupAnswer | undefined>;
  resume: () => void;
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
  // The page's checking window opens when it mounts; "Resume checking" opens a new one.
  const [window, setWindow] = useState<CheckingWindow>(() => ({
    since: Date.now(),
    errorsAtStart: 0,
  }));
  const query = useQuery({
    ...lookupQueryOptions(config, target ?? IDLE_TARGET, window),
    enabled: target !== null && !paused,
  });

  const result: LookupResult | undefined = target === null ? undefined : query.data;
  // Age as of the latest data rather than "now": stays pure during render, and the stall
  // banner updates on every poll anyway (the stalled pace is 30 s).
  const ageMs = lookupAge(query.data, query.dataUpdatedAt);
  const stopped = target === null || paused ? null : lookupStop(query, window);

  const { refetch, errorUpdateCount } = query;
  const reload = useCallback(async () => (await refetch({ cancelRefetch: false })).data, [refetch]);
  const resume = useCallback(() => {
    setWindow({ since: Date.now(), errorsAtStart: errorUpdateCount });
    void refetch();
  }, [refetch, errorUpdateCount]);
  return {
    result: target === null ? undefined : query.data,
    error: target === null || query.error === null ? null : toApiError(query.error),
    isPending: target !== null && query.isPending,
    isFetching: query.isFetching,
    stall: stallInfo(result, ageMs),
    stopped,
    retrying:
      target !== null && query.error === null && query.failureReason !== null && query.isFetching
        ? toApiError(query.failureReason)
        : null,
    refetch: () => {
      void refetch();
    },
    reload,
    resume,
    dataUpdatedAt: target === null ? 0 : query.dataUpdatedAt,
  };
}
