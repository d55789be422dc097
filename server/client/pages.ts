import { Hono } from 'hono';
import { PROXY_PREFIX, SIMULATOR_PREFIX } from '../../src/domain/providers/index.ts';
import { isEmbedPath } from '../../src/domain/routes.ts';
import { SIM_MEDIA_DIR } from '../../sim/media-names.ts';
import { renderAppHtml, type PageHeads } from './app-html.ts';
import { cacheControlFor, type ClientFiles } from './files.ts';

const MANIFEST_TYPE = 'application/manifest+json; charset=utf-8';

/**
 * Paths the server owns; a miss there is a 404, never the app's page. The Demo's prebuilt
 * media is in the build but reached as `/sim/media/<clip file>` only (streamed, with Range and
 * the Demo's limits), never as files: Node would keep each in memory.
 */
const SERVER_PREFIXES = [PROXY_PREFIX, `${SIMULATOR_PREFIX}/`, `/${SIM_MEDIA_DIR}/`];

function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A path the browser navigates to (`/`, `/task/<id>`) rather than a file (`/x.js`). */
function isPagePath(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path === '/index.html' || !last.includes('.');
}

function isServerPath(path: string): boolean {
  return path === SIMULATOR_PREFIX || SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * The built app: its files with long or short cache lifetimes, and for every page path the
 * app's HTML (the embed player's under /embed/), never cached without asking (a deploy must
 * reach people at once). Source maps are built for error reporting and never served.
 */
export function clientRoutes(files: ClientFiles, heads?: PageHeads): Hono {
  const app = new Hono();
  app.on(['GET', 'HEAD'], '*', async (c) => {
    const path = new URL(c.req.url).pathname;
    if (path.endsWith('.map') || isServerPath(path)) return notFound();
    if (!isPagePath(path)) {
      const file = await files.file(path, c.req.raw);
      if (!file) return notFound();
      file.headers.set('Cache-Control', cacheControlFor(path));
      // Whatever the platform's own guess (the Workers binding's may differ from Node's table).
      if (path.endsWith('.webmanifest')) file.headers.set('Content-Type', MANIFEST_TYPE);
      if (c.req.method !== 'HEAD') return file;
      // Hono drops a HEAD answer's body unread: close the file here instead.
      await file.body?.cancel();
      return new Response(null, { headers: file.headers });
    }
    // The embeddable player is its own small page, without the app's bundle.
    const template = await files.template(c.req.raw, isEmbedPath(path) ? 'embed' : 'app');
    if (template === null) return notFound();
    return new Response(await renderAppHtml(c.req.raw, template, heads, c.env), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
    });
  });
  return app;
}
