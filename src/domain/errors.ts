/**
 * What goes wrong when talking to a provider, as one error type with a kind the polling policy
 * can act on and a message a person can read. Messages never echo credentials.
 */

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'auth'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'bad-response'
  | 'aborted'
  | 'unsupported';

export interface ApiErrorOptions {
  status?: number | null;
  retryAfterMs?: number | null;
  /** The provider's own words, already scrubbed of credentials. */
  detail?: string | null;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly detail: string | null;

  constructor(kind: ApiErrorKind, message: string, options: ApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.detail = options.detail ?? null;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** However long a provider asks us to wait, the page waits at most this long between tries. */
export const MAX_RETRY_AFTER_MS = 600_000;

/** A provider's `Retry-After`, kept between 1 s and `MAX_RETRY_AFTER_MS`. */
export function clampRetryAfter(ms: number): number {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(1_000, ms));
}

/** "40 s", "3 min": how long the page will wait, for messages. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** Anything thrown on the way (including our own bugs) as an ApiError the UI can show. */
export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return e;
  if (e instanceof DOMException && e.name === 'AbortError') {
    return new ApiError('aborted', 'The request was cancelled.', { cause: e });
  }
  return new ApiError('network', 'Something went wrong while talking to the provider.', {
    cause: e,
  });
}
