import { Hono } from 'hono';
import { PROXY_PREFIX, SIMULATOR_PREFIX } from '../src/domain/providers/index.ts';

/** Crawlers may index the app's pages, never the proxy or the simulator. */
export const ROBOTS_TXT = [
  'User-agent: *',
  'Allow: /',
  `Disallow: ${PROXY_PREFIX}`,
  `Disallow: ${SIMULATOR_PREFIX}/`,
  '',
].join('\n');

/** With its length declared, so compression leaves answers this small alone. */
function small(text: string, type: string, cacheControl: string): Response {
  return new Response(text, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(new TextEncoder().encode(text).length),
      'Cache-Control': cacheControl,
    },
  });
}

/** `/healthz` for load balancers and the container's HEALTHCHECK; `/robots.txt`. */
export function serviceRoutes(): Hono {
  const app = new Hono();
  // Nothing about versions or configuration: a probe only needs to know the process answers.
  app.get('/healthz', () => small('{"ok":true}', 'application/json', 'no-store'));
  app.get('/robots.txt', () =>
    small(ROBOTS_TXT, 'text/plain; charset=utf-8', 'public, max-age=86400'),
  );
  return app;
}
