import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import type { Plugin, ViteDevServer } from 'vite';
import { PROXY_PREFIX, SIMULATOR_PREFIX } from '../src/domain/providers/index.ts';
import { OEMBED_PATH } from '../src/domain/routes.ts';
import { TEMPLATE_FILES, type ClientFiles } from './client/files.ts';
import { createNodeApp } from './node-app.ts';
import { securityHeaderEntries } from './security-headers.ts';

const SERVER_PATHS = ['/healthz', '/robots.txt', OEMBED_PATH, SIMULATOR_PREFIX];
/** Pages that share links and embed codes point at. */
const PAGE_PATHS = /^\/(embed\/)?(task|clips)\//;

/** In development the files are Vite's; only the page template goes through the app. */
function viteClientFiles(server: ViteDevServer): ClientFiles {
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
function ownedByApp(req: IncomingMessage, pathname: string): boolean {
  if (pathname.startsWith(PROXY_PREFIX) || pathname.startsWith(`${SIMULATOR_PREFIX}/`)) {
    return true;
  }
  if (SERVER_PATHS.includes(pathname)) return true;
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
    configureServer(server) {
      const { app } = createNodeApp({
        mode: 'development',
        env: process.env,
        client: viteClientFiles(server),
      });
      // Vite shares this process: leave its global Request and Response alone.
      const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
        if (ownedByApp(req, pathname)) {
          void listener(req, res);
          return;
        }
        for (const [name, value] of securityHeaderEntries(pathname, 'development')) {
          res.setHeader(name, value);
        }
        next();
      });
    },
  };
}
