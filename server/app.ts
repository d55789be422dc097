import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { accessLog } from './access-log.ts';
import type { Drain } from './drain.ts';
import type { ClientFiles } from './client/files.ts';
import { clientRoutes } from './client/pages.ts';
import { resolveProxyConfig, type Env, type ProxyOptions } from './proxy/config.ts';
import type { LimiterFactory } from './proxy/client-limiter.ts';
import type { ClientKey } from './proxy/rate-limit.ts';
import { sameSiteMedia } from './proxy/media-guard.ts';
import { proxyRoutes } from './proxy/routes.ts';
import type { Upstream } from './proxy/upstream.ts';
import { securityHeaders, type ServerMode } from './security-headers.ts';
import { serviceRoutes } from './service-routes.ts';
import { sessionPages, sessionProxyGuard, type SessionOptions } from './session/guards.ts';
import { sessionKeys } from './session/session.ts';
import { signinRoutes } from './session/signin.ts';
import { simulatorRateLimit } from './sim-limits.ts';
import { allowedHosts, publicOrigin } from './settings.ts';
import { oembedRoutes, requestOrigin } from './share/oembed-route.ts';
import { createPreviewSource, type PreviewOptions } from './share/previews.ts';
import { visitorOf } from './share/visitor.ts';

export interface AppOptions {
  /** Development relaxes the CSP for Vite; production and test serve the strict one. */
  mode: ServerMode;
  /** Where SUNO_API_KEY and the proxy's base URL overrides are read. */
  env: Env;
  /** How the proxy reaches providers and CDNs on this platform. */
  upstream: Upstream;
  /** Who a request comes from, for the proxy's rate limit. */
  clientKey: ClientKey;
  /** Where the proxy's and the Demo's per-client budgets are kept; in memory by default. */
  limiters?: LimiterFactory;
  /** The built client; without it only the server's own routes answer. */
  client?: ClientFiles;
  /** The simulator's routes under /sim, when it is on. */
  simulator?: Hono;
  proxy?: ProxyOptions;
  /** The session that proves a caller of the server's key is a page of this server. */
  session?: SessionOptions;
  /** Share previews (Open Graph tags, oEmbed): timeouts and cache sizes. */
  previews?: PreviewOptions;
  /** Node's graceful stop (`/healthz` 503, `Connection: close`); none on Workers. */
  drain?: Drain;
  /** One line per request; none when absent. */
  log?: (line: string) => void;
  /**
   * Gzip text answers here (Node). Workers must not: the runtime treats Content-Encoding as
   * an instruction to compress, and Cloudflare's edge compresses text on its own.
   */
  compress: boolean;
}

/**
 * The one server application, web-standard Request in, Response out: Node, Workers and the
 * Vite dev server all run this, each injecting what differs (files, upstream, simulator).
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  if (options.drain) app.use(options.drain.middleware());
  if (options.log) app.use(accessLog(options.log));
  const configuredOrigin = publicOrigin(options.env);
  app.use(securityHeaders(options.mode, configuredOrigin));
  // Media and images are already compressed; hono/compress skips them, Range and HEAD.
  if (options.compress) app.use(compress());

  const keys = sessionKeys(options.env);
  app.use(sessionPages(keys));

  app.route(
    '/',
    serviceRoutes(() => options.drain?.draining ?? false),
  );
  app.route('/', signinRoutes(keys, options.clientKey));
  const proxyConfig = resolveProxyConfig(options.env, options.proxy);
  app.use('/proxy/media', sameSiteMedia());
  app.use(
    '/proxy/*',
    sessionProxyGuard(keys, Object.keys(proxyConfig.apiKeys).length > 0, options.session),
  );
  app.route('/', proxyRoutes(proxyConfig, options.upstream, options.clientKey, options.limiters));
  if (options.simulator) {
    app.use('/sim/*', simulatorRateLimit(options.env, options.clientKey, options.limiters));
    app.route('/', options.simulator);
  }
  const { simulator, upstream } = options;
  const previews = createPreviewSource(
    { simulator, proxy: proxyConfig, upstream },
    options.previews,
  );
  const hosts = allowedHosts(options.env);
  const visitor = (request: Request, env: unknown) => visitorOf(request, env, options.clientKey);
  app.route('/', oembedRoutes(previews, configuredOrigin, hosts, visitor));
  const origin = (request: Request) => requestOrigin(request, configuredOrigin, hosts);
  if (options.client) {
    app.route('/', clientRoutes(options.client, { previews, origin, visitor }));
  }

  app.notFound(
    () =>
      new Response('Not found\n', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      }),
  );
  app.onError((error) => {
    // The message only: errors here never carry headers, so no key can reach the log.
    console.error('[server] request failed:', error instanceof Error ? error.message : 'error');
    return new Response('Server error\n', {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  });
  return app;
}
