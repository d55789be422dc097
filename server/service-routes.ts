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
export function serviceRoutes(draining: () => boolean = () => false): Hono {
  const app = new Hono();
  // Nothing about versions or configuration: a probe only needs to know the process answers,
  // and, while it shuts down, that it should be sent nothing new.
  app.get('/healthz', () => {
    if (!draining()) return small('{"ok":true}', 'application/json', 'no-store');
    const answer = small('{"ok":false,"draining":true}', 'application/json', 'no-store');
    return new Response(answer.body, { status: 503, headers: answer.headers });
  });
  app.get('/robots.txt', () =>
    small(ROBOTS_TXT, 'text/plain; charset=utf-8', 'public, max-age=86400'),
  );
  return app;
}
