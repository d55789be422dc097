import type { MiddlewareHandler } from 'hono';
import { jsonError } from './upstream.ts';

export interface RateLimitOptions {
  /** Requests one client may make per window. */
  limit: number;
  windowMs: number;
  /** Clients remembered at once; past it, the oldest windows are dropped first. */
  maxClients: number;
}

/** Who is asking: the socket's address on Node, CF-Connecting-IP on Workers. */
export type ClientKey = (request: Request, env: unknown) => string | undefined;

interface Window {
  start: number;
  count: number;
}

/**
 * A fixed window per client, in memory. It is a guard against one caller draining the
 * server's key or bandwidth, not an exact quota: on Workers each isolate counts on its own.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when the client is over its limit, else 0 (and the request is counted). */
  take(client: string): number {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.options.windowMs) {
      this.windows.delete(client);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
      this.prune(now);
    }
    if (window.count >= this.options.limit) {
      return Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
    }
    window.count += 1;
    return 0;
  }

  private prune(now: number): void {
    // Maps keep insertion order and a renewed window is re-inserted, so the oldest come first.
    for (const [client, window] of this.windows) {
      const expired = now - window.start >= this.options.windowMs;
      if (!expired && this.windows.size <= this.options.maxClients) break;
      this.windows.delete(client);
    }
  }
}

export function rateLimit(limiter: FixedWindowLimiter, clientKey: ClientKey): MiddlewareHandler {
  return async (c, next) => {
    // Unknown callers share one window rather than escaping the limit.
    const client = clientKey(c.req.raw, c.env) ?? 'unknown';
    const wait = limiter.take(client);
    if (wait > 0) {
      return jsonError(429, 'Too many requests', { 'Retry-After': String(wait) });
    }
    await next();
  };
}
