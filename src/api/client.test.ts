import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RESPONSE_BYTES, parseRetryAfter, requestJson } from './client';
import {
  ApiError,
  clampRetryAfter,
  isApiError,
  MAX_RETRY_AFTER_MS,
  toApiError,
  type ApiErrorKind,
} from '../domain/errors';

const KEY = 'sk-live-SECRET-0123456789abcdef';

function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const mock = vi.fn<typeof fetch>(impl);
  vi.stubGlobal('fetch', mock);
  return mock;
}

function respond(body: string, status = 200, headers: Record<string, string> = {}) {
  return stubFetch(() => Promise.resolve(new Response(body, { status, headers })));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    if (isApiError(e)) return e;
    throw new Error(`expected ApiError, got ${String(e)}`);
  }
  throw new Error('expected the request to fail');
}

const withKey: RequestInit = { headers: { Authorization: `Bearer ${KEY}` } };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('requestJson', () => {
  it('returns parsed JSON and passes method, headers and body through', async () => {
    const mock = respond('{"clips":[]}');
    const body = await requestJson('https://api.test/x', {
      method: 'POST',
      body: '{}',
      ...withKey,
    });
    expect(body).toEqual({ clips: [] });
    const init = mock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{}');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each<[number, ApiErrorKind]>([
    [400, 'bad-response'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not-found'],
    [408, 'timeout'],
    [422, 'bad-response'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
  ])('maps HTTP %i to %s', async (status, kind) => {
    respond('<html>nope</html>', status);
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.message.length).toBeGreaterThan(0);
  });

  it('parses Retry-After seconds on 429', async () => {
    respond('{}', 429, { 'Retry-After': '7' });
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe('rate-limited');
    expect(e.retryAfterMs).toBe(7000);
    expect(e.message).toContain('7 s');
  });

  it('says and keeps a huge Retry-After within bounds', async () => {
    respond('{}', 429, { 'Retry-After': '99999999999' });
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.message).not.toMatch(/Infinity|99999/);
    expect(e.message).toContain('more than 10 min');
    expect(clampRetryAfter(e.retryAfterMs ?? 0)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('never follows a redirect, so no redirect can carry the key away', async () => {
    const mock = respond('{}');
    await requestJson('https://api.test/x', withKey);
    expect(mock.mock.calls[0]?.[1]?.redirect).toBe('error');
  });

  it('refuses to read an answer over the size limit, declared or streamed', async () => {
    respond('{}', 200, { 'Content-Length': String(MAX_RESPONSE_BYTES + 1) });
    const declared = await failure(requestJson('https://api.test/x', withKey));
    expect(declared.kind).toBe('bad-response');
    expect(declared.message).toMatch(/larger than 5 MB/);

    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    stubFetch(() => Promise.resolve(new Response(endless, { status: 200 })));
    const streamed = await failure(requestJson('https://api.test/x', withKey));
    expect(streamed.message).toMatch(/larger than 5 MB/);
    // It stopped reading at the limit rather than draining the stream.
    expect(sent).toBeLessThan(10);
  });

  it('parses Retry-After as an HTTP date on 503', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    respond('{}', 503, { 'Retry-After': at });
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe('server');
    expect(e.retryAfterMs).toBeGreaterThan(55_000);
    expect(e.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it.each<[number, ApiErrorKind]>([
    [401, 'auth'],
    [404, 'not-found'],
    [429, 'rate-limited'],
    [500, 'server'],
  ])('maps a body code %i on HTTP 200 (sunoapi.co style) to %s', async (code, kind) => {
    respond(JSON.stringify({ code, message: 'from provider' }), 200);
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(code);
    expect(e.detail).toBe('from provider');
  });

  it('gives the words of an {error: {code, message}} envelope (AceData style), without the key', async () => {
    respond(
      JSON.stringify({
        error: { code: 'token_mismatched', message: `Token ${KEY} is not valid` },
        trace_id: 't',
      }),
      401,
    );
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe('auth');
    expect(e.detail).toBe('Token [redacted] is not valid');
    respond(JSON.stringify({ error: { code: 'no_balance' } }), 403);
    expect((await failure(requestJson('https://api.test/x', withKey))).detail).toBe(
      'error no_balance',
    );
  });

  it('accepts a body with code 200', async () => {
    respond(JSON.stringify({ code: 200, clips: [] }));
    await expect(requestJson('https://api.test/x', withKey)).resolves.toEqual({
      code: 200,
      clips: [],
    });
  });

  it('reports non-JSON as bad-response', async () => {
    respond('<!doctype html><p>hello');
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toBe('The provider sent something that is not JSON.');
  });

  it('maps a fetch TypeError to network', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await failure(requestJson('https://api.test/x', withKey));
    expect(e.kind).toBe('network');
    expect(e.status).toBeNull();
  });

  it('times out a request that never answers', async () => {
    vi.useFakeTimers();
    stubFetch(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = failure(requestJson('https://api.test/x', withKey, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    const e = await pending;
    expect(e.kind).toBe('timeout');
  });

  it('reports a caller abort as aborted, not timeout', async () => {
    stubFetch(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const controller = new AbortController();
    const pending = failure(
      requestJson('https://api.test/x', withKey, { signal: controller.signal }),
    );
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('does not even fetch when the caller already aborted', async () => {
    const mock = respond('{}');
    const controller = new AbortController();
    controller.abort();
    const e = await failure(
      requestJson('https://api.test/x', withKey, { signal: controller.signal }),
    );
    expect(e.kind).toBe('aborted');
    expect(mock).not.toHaveBeenCalled();
  });

  it('never puts the API key in an error message or detail', async () => {
    const cases: Array<() => void> = [
      () => respond(JSON.stringify({ message: `Invalid token Bearer ${KEY}` }), 401),
      () => respond(JSON.stringify({ code: 401, message: `bad key ${KEY}` }), 200),
      () => respond(JSON.stringify({ error: `rate limit for ${KEY}` }), 429),
      () => respond(`not json ${KEY}`, 200),
      () => stubFetch(() => Promise.reject(new TypeError(`Failed to fetch ${KEY}`))),
    ];
    for (const arrange of cases) {
      arrange();
      for (const init of [withKey, { headers: { Authorization: KEY } }]) {
        const e = await failure(requestJson('https://api.test/x', init));
        expect(e.message).not.toContain(KEY);
        expect(e.detail ?? '').not.toContain(KEY);
        expect(String(e)).not.toContain(KEY);
      }
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delta seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 3 ', now)).toBe(3000);
  });
  it('reads HTTP dates, clamping the past to 0', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
  });
  it('ignores junk', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});

describe('toApiError', () => {
  it('keeps ApiErrors and wraps everything else', () => {
    const e = new ApiError('auth', 'x');
    expect(toApiError(e)).toBe(e);
    expect(toApiError(new Error('boom')).kind).toBe('network');
    expect(toApiError(new DOMException('x', 'AbortError')).kind).toBe('aborted');
    expect(toApiError('str').kind).toBe('network');
  });
});
