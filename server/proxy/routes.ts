import { Hono } from 'hono';
import { apiRoute } from './api-route.ts';
import type { ProxyConfig } from './config.ts';
import { mediaRoute } from './media-route.ts';
import { memoryLimiters, rateLimit, type LimiterFactory } from './client-limiter.ts';
import type { ClientKey } from './rate-limit.ts';
import type { Upstream } from './upstream.ts';

/** Everything under /proxy/: the two provider calls and the media relay, each rate-limited. */
export function proxyRoutes(
  config: ProxyConfig,
  upstream: Upstream,
  clientKey: ClientKey,
  limiters: LimiterFactory = memoryLimiters,
): Hono {
  const app = new Hono();
  const api = limiters('proxy-api', config.rateLimit);
  const media = limiters('proxy-media', config.mediaRateLimit);
  app.all('/proxy/media', rateLimit(media, clientKey), mediaRoute(config, upstream));
  app.all('/proxy/*', rateLimit(api, clientKey), apiRoute(config, upstream));
  return app;
}
