/**
 * When to ask the provider again, as pure functions of what the lookup knows: the answer so
 * far, the job's age, the last error, and how long the page has been checking. Unit-tested as
 * a whole schedule; React Query only calls it.
 */
import { isSettled, isTerminal, type LookupResult } from '../domain/clip';
import { clampRetryAfter, toApiError, type ApiError } from '../domain/errors';

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
/** However the job looks, the page stops asking after this long and says so. */
export const CHECKING_CAP_MS = 30 * 60_000;
/** Videos trail the audio by tens of seconds; a video still pending after this is not coming. */
export const VIDEO_WAIT_CAP_MS = 10 * 60_000;
/** Polls in a row that failed (after their own retries) before the page stops asking. */
export const MAX_FAILED_POLLS = 8;
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

/** The pace for a job of this age: fast while it is young, slower as it ages. */
export function paceForAge(ageMs: number): number {
  if (ageMs <= YOUNG_MS) return FAST_POLL_MS;
  if (ageMs >= MATURE_MS) return SLOW_POLL_MS;
  const t = (ageMs - YOUNG_MS) / (MATURE_MS - YOUNG_MS);
  return Math.round((FAST_POLL_MS + t * (SLOW_POLL_MS - FAST_POLL_MS)) / 100) * 100;
}

/** Why the page stopped asking on its own (the person can resume). */
export type PollStop =
  | { reason: 'cap'; minutes: number }
  | { reason: 'failing'; polls: number }
  | { reason: 'video'; minutes: number };

export interface PollInput {
  result: LookupResult | undefined;
  /** How old the job is: drives back-off and stall detection. */
  ageMs: number;
  lastError: ApiError | null;
  /** How long the page has been checking since it opened or was resumed (0 when unknown). */
  checkingForMs?: number;
  /** Polls in a row that failed since the last answer or resume. */
  failedPolls?: number;
  /** How long every clip's audio has been done while a video is still pending. */
  videoWaitMs?: number;
}

/** The stop that applies, if any: a cap on time, on failures, or on waiting for a video. */
export function pollStop({
  result,
  checkingForMs = 0,
  failedPolls = 0,
  videoWaitMs = 0,
}: PollInput): PollStop | null {
  const clips = result?.clips ?? [];
  if (clips.length > 0 && clips.every(isSettled)) return null;
  if (failedPolls >= MAX_FAILED_POLLS) return { reason: 'failing', polls: failedPolls };
  const audioDone = clips.length > 0 && clips.every((c) => isTerminal(c.status));
  if (audioDone && videoWaitMs >= VIDEO_WAIT_CAP_MS) {
    return { reason: 'video', minutes: Math.floor(videoWaitMs / 60_000) };
  }
  if (checkingForMs >= CHECKING_CAP_MS) {
    return { reason: 'cap', minutes: Math.floor(checkingForMs / 60_000) };
  }
  return null;
}

/**
 * How long until the next poll, or false to stop. Errors here are those left after React
 * Query's own retries.
 */
export function pollInterval(input: PollInput): number | false {
  const { result, ageMs, lastError } = input;
  const clips = result?.clips ?? [];
  if (clips.length > 0 && clips.every(isSettled)) return false;
  if (pollStop(input) !== null) return false;

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
