import type { MiddlewareHandler } from 'hono';
import type { Env } from './proxy/config.ts';
import { memoryLimiters, rateLimit, type LimiterFactory } from './proxy/client-limiter.ts';
import type { ClientKey } from './proxy/rate-limit.ts';

/** Requests per minute one client may make to the Demo's API (media gets five times this). */
export const SIM_REQUESTS_PER_MINUTE = 600;
const MEDIA_FACTOR = 5;
/** Clients remembered at once per limiter: the limiter itself must stay small under a flood. */
const MAX_CLIENTS = 10_000;

/** `SIM_RATE_LIMIT=<per minute>`, `0` for none (benchmarks that flood the stores on purpose). */
export function simRequestsPerMinute(env: Env): number {
  const raw = env.SIM_RATE_LIMIT?.trim();
  if (!raw) return SIM_REQUESTS_PER_MINUTE;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error('SIM_RATE_LIMIT must be a whole number of requests per minute');
  }
  return value;
}

/**
 * The Demo is open to anyone, so each client gets a fixed budget: the API calls a polling app
 * makes, and many more media requests (a gallery's covers, a player's Range requests).
 */
export function simulatorRateLimit(
  env: Env,
  clientKey: ClientKey,
  limiters: LimiterFactory = memoryLimiters,
): MiddlewareHandler {
  const perMinute = simRequestsPerMinute(env);
  const window = (limit: number) => ({ limit, windowMs: 60_000, maxClients: MAX_CLIENTS });
  const api = rateLimit(limiters('sim-api', window(perMinute)), clientKey);
  const media = rateLimit(limiters('sim-media', window(perMinute * MEDIA_FACTOR)), clientKey);
  return async (c, next) => {
    if (perMinute === 0) return next();
    const path = c.req.path;
    return (path.startsWith('/sim/media/') ? media : api)(c, next);
  };
}
