import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { SIM_MEDIA_DIR } from '../../sim/media-names.ts';
import { nodeClientFiles } from '../client/files-node.ts';
import { createNodeApp } from '../node-app.ts';
import { createNodeServer } from '../node-server.ts';
import type { ProxyOptions } from '../proxy/config.ts';
import type { SessionOptions } from '../session/guards.ts';
import type { PreviewOptions } from '../share/previews.ts';
import { cookieFrom } from './session.ts';

/** What a group of cases needs from the server; each distinct config gets its own server. */
export interface TargetConfig {
  /** SUNO_API_KEY in the server's environment. */
  serverKey?: string;
  /** A path prefix on the fake upstream for both provider bases: its misbehaviour. */
  scenario?: string;
  simulator?: boolean;
  control?: boolean;
  headersTimeoutMs?: number;
  proxy?: Omit<ProxyOptions, 'log' | 'baseUrls'>;
  /** Share previews' timeouts and cache. */
  previews?: PreviewOptions;
  session?: SessionOptions;
  /** PUBLIC_ORIGIN in the server's environment. */
  publicOrigin?: string;
  /** ACCESS_PASSWORD in the server's environment. */
  accessPassword?: string;
  /** ALLOWED_HOSTS in the server's environment. */
  allowedHosts?: string;
  /** SIM_RATE_LIMIT in the server's environment. */
  simRateLimit?: number;
}

export interface Target {
  /** The origin the server sees requests on (for Origin headers). */
  origin: string;
  /** A session cookie (`name=value`) from the app's page, as a browser would hold it. */
  session: string;
  platform: Platform['name'];
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface Platform {
  name: 'node' | 'workerd';
  start(config: TargetConfig, upstreamUrl: string, clientDir: string): Promise<Target>;
}

function environment(config: TargetConfig, upstreamUrl: string): Record<string, string> {
  const base = `${upstreamUrl}${config.scenario ? `/${config.scenario}` : ''}`;
  return {
    PROXY_SUNOAPI_CO_URL: base,
    PROXY_SUNOAPI_COM_URL: base,
    ...(config.serverKey ? { SUNO_API_KEY: config.serverKey } : {}),
    ...(config.simulator === false ? { SIMULATOR: 'off' } : {}),
    ...(config.control ? { SIM_CONTROL: '1' } : {}),
    ...(config.publicOrigin ? { PUBLIC_ORIGIN: config.publicOrigin } : {}),
    ...(config.accessPassword ? { ACCESS_PASSWORD: config.accessPassword } : {}),
    ...(config.allowedHosts ? { ALLOWED_HOSTS: config.allowedHosts } : {}),
    ...(config.simRateLimit !== undefined ? { SIM_RATE_LIMIT: String(config.simRateLimit) } : {}),
  };
}

/** Loads the app's page once, as a browser would, and keeps the session it hands out. */
async function withSession(target: Omit<Target, 'session'>): Promise<Target> {
  const page = await target.fetch('/', { headers: { Accept: 'text/html' } });
  await page.body?.cancel();
  return { ...target, session: cookieFrom(page) };
}

function proxyOptions(config: TargetConfig, upstreamUrl: string): ProxyOptions {
  return { ...config.proxy, extraMediaOrigins: [upstreamUrl], log: () => undefined };
}

export const nodePlatform: Platform = {
  name: 'node',
  async start(config, upstreamUrl, clientDir) {
    const nodeApp = createNodeApp({
      mode: 'production',
      env: environment(config, upstreamUrl),
      client: nodeClientFiles(clientDir),
      proxy: proxyOptions(config, upstreamUrl),
      previews: config.previews,
      session: config.session,
      upstream: { allowPrivateHosts: ['127.0.0.1'], headersTimeoutMs: config.headersTimeoutMs },
      // As `npm start` does: the Demo's media from the build, before anything is generated.
      simulator: { prebuiltMediaDir: path.join(clientDir, SIM_MEDIA_DIR) },
    });
    // The server `npm start` runs: the app behind its fast path for assets.
    const server = createNodeServer(nodeApp, '127.0.0.1');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return withSession({
      origin,
      platform: 'node',
      fetch: (path, init) => fetch(`${origin}${path}`, init),
      async close() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      },
    });
  },
};

const here = path.dirname(fileURLToPath(import.meta.url));
let workerScript: Promise<string> | undefined;

/** The Workers entry bundled as wrangler would: ES module, web platform, node: left to workerd. */
function bundleWorker(): Promise<string> {
  workerScript ??= build({
    entryPoints: [path.join(here, 'worker-entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    external: ['node:*'],
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return workerScript;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** A stand-in for the Workers assets binding, over the fixture directory. */
function fakeAssets(files: ReturnType<typeof nodeClientFiles>) {
  return async (request: Request): Promise<Response> => {
    const pathname = new URL(request.url).pathname;
    const file = await files.file(pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const type = CONTENT_TYPES[path.extname(pathname)] ?? 'application/octet-stream';
    return new Response(await file.arrayBuffer(), { headers: { 'Content-Type': type } });
  };
}

export const workerdPlatform: Platform = {
  name: 'workerd',
  async start(config, upstreamUrl, clientDir) {
    const mf = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate: '2026-04-01',
      compatibilityFlags: ['nodejs_compat'],
      host: '127.0.0.1',
      port: 0,
      bindings: {
        ...environment(config, upstreamUrl),
        TEST_OPTIONS: JSON.stringify({
          proxy: proxyOptions(config, upstreamUrl),
          upstream: { headersTimeoutMs: config.headersTimeoutMs },
          previews: config.previews,
          session: config.session,
        }),
      },
      serviceBindings: { ASSETS: fakeAssets(nodeClientFiles(clientDir)) },
    });
    // Over real HTTP to workerd's own socket, as a browser would reach it.
    const origin = (await mf.ready).origin;
    return withSession({
      origin,
      platform: 'workerd',
      fetch: (path, init) => fetch(`${origin}${path}`, init),
      close: () => mf.dispose(),
    });
  },
};
