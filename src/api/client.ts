import * as v from 'valibot';
import { ApiError, clampRetryAfter, formatWait, MAX_RETRY_AFTER_MS } from '../domain/errors';
import { providerErrorSchema } from '../domain/providers/read/raw-schemas';

/**
 * The one place that calls `fetch`. Everything that goes wrong comes out as an `ApiError` with
 * a kind the polling policy can act on and a message a person can read. Messages never echo
 * the request's credentials: providers sometimes quote the token back in their error text.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A page of clips is a few hundred KB at most; anything far larger is not an answer to read. */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export interface RequestOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date. Returns milliseconds from `now`, or
 * null when absent or unreadable (a past date means "now", i.e. 0).
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (text.length === 0) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Digits-only strings were handled above; Date.parse would read "2024" as a year.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

function secretsIn(init: RequestInit): string[] {
  const headers = new Headers(init.headers);
  const auth = headers.get('authorization');
  if (auth === null || auth.trim().length === 0) return [];
  const whole = auth.trim();
  const token = whole.replace(/^bearer\s+/i, '').trim();
  // Longest first so "Bearer k" is removed before "k" leaves a dangling "Bearer".
  return [whole, token].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out.length > 200 ? `${out.slice(0, 199)}…` : out;
}

function errorFields(body: unknown): v.InferOutput<typeof providerErrorSchema> | null {
  const parsed = v.safeParse(providerErrorSchema, body);
  return parsed.success ? parsed.output : null;
}

function providerMessage(body: unknown, secrets: readonly string[]): string | null {
  const fields = errorFields(body);
  if (!fields) return null;
  for (const value of [fields.message, fields.msg, fields.error, fields.detail]) {
    if (value !== null && value.trim().length > 0) return scrub(value.trim(), secrets);
  }
  return null;
}

function errorForStatus(
  status: number,
  retryAfterMs: number | null,
  detail: string | null,
): ApiError {
  const opts = { status, retryAfterMs, detail };
  if (status === 401 || status === 403) {
    return new ApiError(
      'auth',
      `The provider refused the API key (HTTP ${status}). Check it in Settings.`,
      opts,
    );
  }
  if (status === 404) {
    return new ApiError(
      'not-found',
      'The provider has nothing under that ID (HTTP 404). Check the ID and the provider.',
      opts,
    );
  }
  if (status === 429) {
    const wait =
      retryAfterMs === null
        ? ''
        : retryAfterMs > MAX_RETRY_AFTER_MS
          ? ` It asks to wait more than ${formatWait(MAX_RETRY_AFTER_MS)}; the page tries again after ${formatWait(MAX_RETRY_AFTER_MS)}.`
          : ` It asks to wait ${formatWait(clampRetryAfter(retryAfterMs))}.`;
    return new ApiError('rate-limited', `The provider is rate limiting requests.${wait}`, opts);
  }
  if (status === 408) {
    return new ApiError('timeout', 'The provider timed out (HTTP 408).', opts);
  }
  if (status >= 500) {
    return new ApiError('server', `The provider had a problem (HTTP ${status}).`, opts);
  }
  return new ApiError('bad-response', `The provider rejected the request (HTTP ${status}).`, opts);
}

/** sunoapi.co answers HTTP 200 with `{code: 401, message}`: the body's code is the real status. */
function bodyCode(body: unknown): number | null {
  const raw = errorFields(body)?.code ?? null;
  if (raw === null) return null;
  const code = Number(raw);
  if (code < 100 || code > 599 || (code >= 200 && code < 300)) return null;
  return code;
}

function tooLarge(status: number): ApiError {
  return new ApiError(
    'bad-response',
    `The provider’s answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, far more than any list of clips; it was not read.`,
    { status },
  );
}

/** The body as text, refusing to hold more than `limit` bytes of it. */
async function readCapped(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(response.status);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches and parses JSON. The caller's signal and the timeout both abort the request; which
 * one fired decides between `aborted` and `timeout`.
 */
export async function requestJson(
  url: string,
  init: RequestInit,
  opts: RequestOptions = {},
): Promise<unknown> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const callerSignal = opts.signal;
  const secrets = secretsIn(init);

  if (callerSignal?.aborted) {
    throw new ApiError('aborted', 'The request was cancelled.');
  }

  // One controller fed by both sources (rather than AbortSignal.any + AbortSignal.timeout):
  // it works in every browser, runs under fake timers in tests, and tells us which one fired.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  const abortError = (cause: unknown): ApiError =>
    timedOut
      ? new ApiError(
          'timeout',
          `The provider did not answer within ${Math.max(1, Math.round(timeoutMs / 1000))} s.`,
          { cause },
        )
      : new ApiError('aborted', 'The request was cancelled.', { cause });

  try {
    let response: Response;
    try {
      // A redirect could carry the Authorization header to another host: refuse to follow one.
      response = await fetch(url, { ...init, redirect: 'error', signal: controller.signal });
    } catch (cause) {
      if (controller.signal.aborted) throw abortError(cause);
      throw new ApiError(
        'network',
        'Could not reach the provider. Check your connection and the base URL (or try the proxy).',
        { cause },
      );
    }

    let text: string;
    try {
      text = await readCapped(response, MAX_RESPONSE_BYTES);
    } catch (cause) {
      if (cause instanceof ApiError) throw cause;
      if (controller.signal.aborted) throw abortError(cause);
      throw new ApiError('network', 'The connection dropped while reading the answer.', {
        cause,
        status: response.status,
      });
    }

    let body: unknown = undefined;
    let parsed = false;
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      // Error statuses often come with HTML pages; the status decides below.
    }

    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw errorForStatus(response.status, retryAfterMs, providerMessage(body, secrets));
    }
    if (!parsed) {
      throw new ApiError('bad-response', 'The provider sent something that is not JSON.', {
        status: response.status,
      });
    }
    const code = bodyCode(body);
    if (code !== null) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw errorForStatus(code, retryAfterMs, providerMessage(body, secrets));
    }
    return body;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
