import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COM_CLIPS_PATH, CO_QUERY_PATH, handleComClips, handleCoQuery } from './api-routes.ts';
import { CONTROL_PREFIX, handleControl } from './control-routes.ts';
import { DEMO_TASKS } from './demo-tasks.ts';
import { FAULT_ID_PREFIXES } from './faults.ts';
import { sendJson, setCorsHeaders } from './http-util.ts';
import { MEDIA_PREFIX, handleMedia } from './media-routes.ts';
import { MediaStore } from './media-store.ts';
import { SimState } from './sim-state.ts';
import { handleStream } from './stream-route.ts';

export const SIM_PREFIX = '/sim';

export interface SimulatorOptions {
  /** Sim seconds per real second; default SIM_SPEED or 1. */
  speed?: number;
  /** Where generated media is cached; default SIM_MEDIA_DIR or <repo>/.cache/sim-media. */
  mediaDir?: string;
}

export type NextFunction = (error?: unknown) => void;

export interface Simulator {
  /** Connect-style handler; without `next`, paths outside /sim get a 404. */
  handle(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  readonly state: SimState;
  readonly media: MediaStore;
}

function defaultMediaDir(): string {
  if (process.env.SIM_MEDIA_DIR) return path.resolve(process.env.SIM_MEDIA_DIR);
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // When bundled (e.g. into Vite's config), import.meta.url may not point into the repo.
  const root = existsSync(path.join(repoRoot, 'package.json')) ? repoRoot : process.cwd();
  return path.join(root, '.cache', 'sim-media');
}

function defaultSpeed(): number {
  const fromEnv = Number(process.env.SIM_SPEED);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const state = new SimState(options.speed ?? defaultSpeed());
  const media = new MediaStore(options.mediaDir ?? defaultMediaDir());

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (pathname === CO_QUERY_PATH && method === 'POST') return handleCoQuery(state, req, res);
    if (pathname === COM_CLIPS_PATH && method === 'GET') {
      return handleComClips(state, req, res, url);
    }
    if (pathname.startsWith(MEDIA_PREFIX) && (method === 'GET' || method === 'HEAD')) {
      return handleMedia(media, req, res, pathname.slice(MEDIA_PREFIX.length));
    }
    if (pathname === `${SIM_PREFIX}/stream` && (method === 'GET' || method === 'HEAD')) {
      return handleStream(state, media, req, res, url);
    }
    if (pathname.startsWith(CONTROL_PREFIX)) {
      return handleControl(state, req, res, pathname.slice(CONTROL_PREFIX.length));
    }
    if (pathname === SIM_PREFIX || pathname === `${SIM_PREFIX}/`) {
      return sendJson(res, 200, {
        name: 'Suno provider simulator',
        demoTasks: DEMO_TASKS,
        faultIdPrefixes: FAULT_ID_PREFIXES,
        routes: [
          `POST ${CO_QUERY_PATH}`,
          `GET ${COM_CLIPS_PATH}?ids=a,b`,
          `GET ${MEDIA_PREFIX}<file>`,
          `GET ${SIM_PREFIX}/stream?item_id=<id>`,
          `GET ${CONTROL_PREFIX}requests`,
          `POST ${CONTROL_PREFIX}reset`,
          `POST ${CONTROL_PREFIX}speed`,
        ],
      });
    }
    sendJson(res, 404, { code: 404, message: 'Not found' });
  }

  function handle(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void {
    // Connect strips a mount path into req.url; originalUrl keeps the full one.
    const rawUrl =
      (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const url = new URL(rawUrl, 'http://simulator.invalid');
    const inScope = url.pathname === SIM_PREFIX || url.pathname.startsWith(`${SIM_PREFIX}/`);
    if (!inScope) {
      if (next) next();
      else sendJson(res, 404, { code: 404, message: 'Not found' });
      return;
    }
    // `?nocors=1` on media plays a CDN that refuses cross-origin reads, for tests.
    const refuseCors = url.pathname.startsWith(MEDIA_PREFIX) && url.searchParams.has('nocors');
    if (!refuseCors) setCorsHeaders(res);
    route(req, res, url).catch((error: unknown) => {
      // Only the message: errors here never carry request headers, so no key can leak.
      console.error('[sim] request failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 500, { code: 500, message: 'Simulator error' });
      else res.destroy();
    });
  }

  return { handle, state, media };
}
