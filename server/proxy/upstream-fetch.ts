import { ProxyError, type Upstream } from './upstream.ts';

export interface FetchUpstreamOptions {
  /** Response headers must arrive within this (default 15 s). */
  headersTimeoutMs?: number;
  /** The fetch to use (default the global one); injectable for tests. */
  fetch?: typeof fetch;
}

/**
 * Upstream through the platform's fetch(), for Workers. A Worker cannot resolve DNS itself,
 * so there is no address check here: Cloudflare's network does not route a Worker's
 * subrequests to private addresses, and the allow-lists still decide which hosts are asked.
 */
export function fetchUpstream(options: FetchUpstreamOptions = {}): Upstream {
  const headersTimeoutMs = options.headersTimeoutMs ?? 15_000;
  const send = options.fetch ?? fetch;
  return async (url, init) => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(init.signal.reason);
    if (init.signal.aborted) onAbort();
    else init.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () => controller.abort(new ProxyError(504, 'Upstream timed out')),
      headersTimeoutMs,
    );
    try {
      const response = await send(url.href, {
        method: init.method,
        headers: init.headers,
        body: init.body ?? null,
        redirect: 'manual',
        signal: controller.signal,
      });
      return new Response(response.body, response);
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && reason instanceof ProxyError) throw reason;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
