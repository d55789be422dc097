import type { MiddlewareHandler } from 'hono';
import { jsonError } from './upstream.ts';

/**
 * `/proxy/media` relays for the app's own player: a browser that says the request comes from
 * another site (`Sec-Fetch-Site: cross-site` or `same-site`) is refused, so other sites cannot
 * stream through this server; CORP keeps other origins from embedding what it relays.
 */
export function sameSiteMedia(): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') {
      return jsonError(403, 'Cross-site media requests not allowed');
    }
    await next();
  };
}
