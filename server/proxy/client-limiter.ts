import type { MiddlewareHandler } from 'hono';
import { FixedWindowLimiter, type ClientKey, type RateLimitOptions } from './rate-limit.ts';
import { jsonError } from './upstream.ts';

/** One request of a client counted against its budget: ok, or how many seconds to wait. */
export interface LimitVerdict {
  ok: boolean;
  retryAfter?: number;
}

/**
 * A per-client request budget, wherever it is kept: in this process's memory (Node, tests),
 * or in the platform's own counters (the Workers Rate Limiting binding, `edge/`).
 */
export interface ClientLimiter {
  take(key: string): Promise<LimitVerdict>;
}

/** The budgets the server keeps per client, by what they guard. */
export type LimitName = 'proxy-api' | 'proxy-media' | 'sim-api' | 'sim-media';

/** Makes the limiter of one budget; `options` is the in-memory one's size and window. */
export type LimiterFactory = (name: LimitName, options: RateLimitOptions) => ClientLimiter;

/** The in-memory fixed window, behind the common interface. */
export function memoryLimiter(
  options: RateLimitOptions,
  now: () => number = Date.now,
): ClientLimiter {
  const limiter = new FixedWindowLimiter(options, now);
  return {
    take(key) {
      const wait = limiter.take(key);
      return Promise.resolve(wait > 0 ? { ok: false, retryAfter: wait } : { ok: true });
    },
  };
}

export const memoryLimiters: LimiterFactory = (_name, options) => memoryLimiter(options);

/** 429 with Retry-After past the budget; a request counts before it is answered. */
export function rateLimit(limiter: ClientLimiter, clientKey: ClientKey): MiddlewareHandler {
  return async (c, next) => {
    // Unknown callers share one window rather than escaping the limit.
    const client = clientKey(c.req.raw, c.env) ?? 'unknown';
    const verdict = await limiter.take(client);
    if (!verdict.ok) {
      const retryAfter = String(Math.max(1, Math.ceil(verdict.retryAfter ?? 60)));
      return jsonError(429, 'Too many requests', { 'Retry-After': retryAfter });
    }
    await next();
  };
}
