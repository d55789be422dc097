import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path, status, milliseconds. Never a query string (a media
 * URL or a task ID may be in it) and never a header (a key may be in one).
 */
export function accessLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${ms}ms`);
  };
}
