import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import type { Plugin, ViteDevServer } from 'vite';
import type { TEMPLATE_FILES as TemplateFiles, ClientFiles } from './client/files.ts';
type DevServerParts = typeof import('./dev-server-parts.ts');

/** Pages that share links and embed codes point at. */
const PAGE_PATHS = /^\/(embed\/)?(task|clips)\//;

/** In development the files are Vite's; only the page template goes through the app. */
function viteClientFiles(server: ViteDevServer, TEMPLATE_FILES: typeof TemplateFiles): ClientFiles {
  return {
    file: () => Promise.resolve(null),
    async template(request, page) {
      const html = await readFile(path.join(server.config.root, TEMPLATE_FILES[page]), 'utf8');
      const url = new URL(request.url);
      return server.transformIndexHtml(`${url.pathname}${url.search}`, html);
    },
  };
}

/**
 * What the app answers in development: its own routes, and page navigations (so pages get
 * the same HTML path and headers as in production). Modules, styles and HMR stay Vite's.
 */
function ownedByApp(parts: DevServerParts, req: IncomingMessage, pathname: string): boolean {
  const { PROXY_PREFIX, SIMULATOR_PREFIX, OEMBED_PATH } = parts;
  if (pathname.startsWith(PROXY_PREFIX) || pathname.startsWith(`${SIMULATOR_PREFIX}/`)) {
    return true;
  }
  if (['/healthz', '/robots.txt', OEMBED_PATH, SIMULATOR_PREFIX].includes(pathname)) return true;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname.startsWith('/@') || pathname.startsWith('/src/')) return false;
  if (pathname.startsWith('/node_modules/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last.includes('.')) return false;
  // Link previewers often ask with `Accept: */*`; lookup and embed paths are never modules.
  return (req.headers.accept ?? '').includes('text/html') || PAGE_PATHS.test(pathname);
}

/** `npm run dev`: the server application mounted in front of Vite's own middleware. */
export function serverPlugin(): Plugin {
  return {
    name: 'clip-viewer-server',
    async configureServer(server) {
      // Loaded through Vite, not bundled into the config: the server and the domain it reads
      // are source modules like the app's, and the config stays small.
      const parts = (await server.ssrLoadModule('/server/dev-server-parts.ts')) as DevServerParts;
      const { app } = parts.createNodeApp({
        mode: 'development',
        env: process.env,
        client: viteClientFiles(server, parts.TEMPLATE_FILES),
      });
      // Vite shares this process: leave its global Request and Response alone.
      const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
        if (ownedByApp(parts, req, pathname)) {
          void listener(req, res);
          return;
        }
        for (const [name, value] of parts.securityHeaderEntries(pathname, 'development')) {
          res.setHeader(name, value);
        }
        next();
      });
    },
  };
}
