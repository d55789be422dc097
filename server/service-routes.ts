import { Hono } from 'hono';
import { PROXY_PREFIX, SIMULATOR_PREFIX } from '../src/domain/providers.ts';

/** Crawlers may index the app's pages, never the proxy or the simulator. */
export const ROBOTS_TXT = [
  'User-agent: *',
  'Allow: /',
  `Disallow: ${PROXY_PREFIX}`,
  `Disallow: ${SIMULATOR_PREFIX}/`,
  '',
].join('\n');

/** `/healthz` for load balancers and the container's HEALTHCHECK; `/robots.txt`. */
export function serviceRoutes(): Hono {
  const app = new Hono();
  // Nothing about versions or configuration: a probe only needs to know the process answers.
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true });
  });
  app.get('/robots.txt', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.text(ROBOTS_TXT);
  });
  return app;
}
