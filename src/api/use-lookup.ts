import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { partsOf, type LookupPart, type LookupTarget } from '../domain/lookup-target';
import type { Clip } from '../domain/clip';
import { toApiError, type ApiError } from '../domain/errors';
import { stallInfo, type PollStop, type StallInfo } from './polling-policy';
import type { ProviderConfig } from './provider-config';
import {
  lookupAge,
  lookupQueryOptions,
  lookupStop,
  type CheckingWindow,
  type LookupAnswer,
} from './queries';

/** What the page knows of one part of a lookup (a task of a batch, or the clip list). */
export interface PartLookup {
  part: LookupPart;
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
  resume: () => void;
}

export interface UseLookupResult extends Omit<PartLookup, 'part'> {
  /** One per task of a batch; a single task or a clip list is one part. */
  parts: PartLookup[];
  /** Every clip of the lookup, in order: the parts' clips one after another. */
  clips: Clip[];
  /** Each part's clip IDs, in order (a batch's tasks). */
  takes: string[][];
  /** Asks again now (joining requests under way) and gives every clip it got back. */
  reload: () => Promise<Clip[]>;
  dataUpdatedAt: number;
}

const NO_CLIPS: Clip[] = [];

type LookupQueryResult = UseQueryResult<LookupAnswer, ApiError>;

/** One stable value for all the parts' results: React Query re-runs it only on change. */
function combine(results: LookupQueryResult[]) {
  const clips = results.some((r) => r.data)
    ? results.flatMap((r) => r.data?.clips ?? [])
    : NO_CLIPS;
  // Each part's clip IDs: the takes of one task, which the player compares with each other.
  const takes = results.map((r) => r.data?.clips.map((c) => c.id) ?? []);
  return { results, clips, takes };
}

function partOf(
  part: LookupPart,
  query: LookupQueryResult,
  window: CheckingWindow,
  active: boolean,
  resume: () => void,
): PartLookup {
  const result = query.data;
  // Age as of the latest data rather than "now": stays pure during render, and the stall
  // banner updates on every poll anyway (the stalled pace is 30 s).
  const ageMs = lookupAge(result, query.dataUpdatedAt);
  return {
    part,
    result,
    error: query.error === null ? null : toApiError(query.error),
    isPending: query.isPending,
    isFetching: query.isFetching,
    stall: stallInfo(result, ageMs),
    stopped: active ? lookupStop(query, window) : null,
    retrying:
      query.error === null && query.failureReason !== null && query.isFetching
        ? toApiError(query.failureReason)
        : null,
    refetch: () => void query.refetch(),
    resume,
  };
}

/** What a whole batch says, where its parts say different things. */
function summarize(parts: PartLookup[], resume: () => void, refetch: () => void) {
  // A wrong key is everybody's problem: one message for the whole batch.
  const auth = parts.find((p) => p.error?.kind === 'auth' || p.error?.kind === 'unsupported');
  const single = parts.length === 1 ? parts[0] : undefined;
  return {
    result: single?.result,
    error: single ? single.error : (auth?.error ?? null),
    isPending: parts.length > 0 && parts.every((p) => p.isPending),
    isFetching: parts.some((p) => p.isFetching),
    stall: single?.stall ?? null,
    stopped:
      parts.length > 0 && parts.every((p) => p.stopped || isDone(p))
        ? (parts.find((p) => p.stopped)?.stopped ?? null)
        : null,
    retrying: parts.find((p) => p.retrying)?.retrying ?? null,
    refetch,
    resume,
  };
}

function isDone(part: PartLookup): boolean {
  const clips = part.result?.clips ?? [];
  return clips.length > 0 && clips.every((c) => c.status === 'complete' || c.status === 'error');
}

/**
 * Follows a lookup: one query per task (a batch is polled together, each task at its own pace)
 * or one for a list of clips. `paused` stops polling (the person chose to stop waiting) and
 * keeps what was shown.
 */
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
  const parts = useMemo(() => (target ? partsOf(target) : []), [target]);
  const { results, clips, takes } = useQueries({
    queries: parts.map((part) => ({
      ...lookupQueryOptions(config, part, window),
      enabled: !paused,
    })),
    combine,
  });

  const errorCount = results.reduce((n, q) => n + q.errorUpdateCount, 0);
  const refetchAll = useCallback(() => {
    for (const q of results) void q.refetch();
  }, [results]);
  const resume = useCallback(() => {
    setWindow({ since: Date.now(), errorsAtStart: errorCount });
    refetchAll();
  }, [errorCount, refetchAll]);
  const reload = useCallback(async () => {
    const answers = await Promise.all(results.map((q) => q.refetch({ cancelRefetch: false })));
    return answers.flatMap((a) => a.data?.clips ?? []);
  }, [results]);

  const partLookups = parts.map((part, i) => {
    const query = results[i];
    if (!query) throw new Error('a part without its query');
    return partOf(part, query, window, !paused, resume);
  });
  return {
    ...summarize(partLookups, resume, refetchAll),
    parts: partLookups,
    clips,
    takes,
    reload,
    dataUpdatedAt: Math.max(0, ...results.map((q) => q.dataUpdatedAt)),
  };
}
