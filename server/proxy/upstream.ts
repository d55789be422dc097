/**
 * How the proxy reaches a provider or a CDN. Each platform brings its own: node:http with a
 * checked, pinned address on Node; fetch() on Workers. Either way the answer is a web Response
 * whose redirects were not followed, so the routes can refuse them.
 */
export interface UpstreamRequest {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** Aborts the exchange: the caller's deadline, or the browser going away. */
  signal: AbortSignal;
}

export type Upstream = (url: URL, init: UpstreamRequest) => Promise<Response>;

/** An answer the proxy gives itself; the message is fixed text, never upstream data. */
export class ProxyError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The proxy's own JSON answers: `{code, message}`, never cached. */
export function jsonError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ code: status, message }), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** A short, safe word for the log: a ProxyError's own text or a Node error code, nothing else. */
export function errorCode(error: unknown): string {
  if (error instanceof ProxyError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  // Only a code like ECONNREFUSED: messages may quote hosts or headers.
  if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)) return code;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? name : 'error';
}

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * Starts a timer that aborts with a 504 ProxyError, and ties it to an outer signal (the
 * browser going away). `done()` stops the timer once the guarded part has finished.
 */
export function deadline(
  ms: number,
  outer: AbortSignal,
): { signal: AbortSignal; done: () => void; timedOut: () => boolean } {
  const controller = new AbortController();
  let expired = false;
  const onOuterAbort = () => controller.abort(new ProxyError(499, 'Client went away'));
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new ProxyError(504, 'Upstream timed out'));
  }, ms);
  if (outer.aborted) onOuterAbort();
  else outer.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer.removeEventListener('abort', onOuterAbort);
    },
    timedOut: () => expired,
  };
}
