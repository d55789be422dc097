import type {
  ClientRequest,
  IncomingHttpHeaders,
  IncomingMessage,
  ServerResponse,
} from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Plugin } from 'vite';
import {
  addressKind,
  bareHostname,
  pinnedLookup,
  systemResolver,
  type HostResolver,
  type ResolvedAddress,
} from './proxy-address.ts';

/** The two real providers the app speaks, by the path segment under /proxy/. */
export type ProviderId = 'sunoapi-co' | 'sunoapi-com';

export interface ProviderSpec {
  defaultBase: string;
  envVar: string;
  /** How the server's key is written into Authorization for this provider. */
  authorization: (key: string) => string;
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderSpec>> = {
  'sunoapi-co': {
    defaultBase: 'https://api.sunoapi.co',
    envVar: 'PROXY_SUNOAPI_CO_URL',
    authorization: (key) => key,
  },
  'sunoapi-com': {
    defaultBase: 'https://api.sunoapi.com',
    envVar: 'PROXY_SUNOAPI_COM_URL',
    authorization: (key) => `Bearer ${key}`,
  },
};

/** The Suno CDN hosts media may be fetched from; nothing else by default. */
export const MEDIA_ORIGINS: readonly string[] = [
  'https://cdn1.suno.ai',
  'https://cdn2.suno.ai',
  'https://audiopipe.suno.ai',
];

export const NO_KEY_MESSAGE =
  'No API key: set SUNO_API_KEY for the proxy or enter a key in Settings';

export interface ProxyOptions {
  /** Base URL for /proxy/sunoapi-co (else env PROXY_SUNOAPI_CO_URL, else the real API). */
  sunoapiCoUrl?: string;
  /** Base URL for /proxy/sunoapi-com (else env PROXY_SUNOAPI_COM_URL, else the real API). */
  sunoapiComUrl?: string;
  /** Extra media origins (scheme://host[:port]) besides the Suno CDN; for tests. */
  extraMediaOrigins?: readonly string[];
  /** Hostnames exempt from the private-address check; for tests with upstreams on 127.0.0.1. */
  allowPrivateHosts?: readonly string[];
  /** Connect plus response headers (default 15 s). */
  headersTimeoutMs?: number;
  /** A whole API exchange, body included (default 60 s). */
  apiTimeoutMs?: number;
  /** Media may stream for ever, but not stall upstream for longer than this (default 30 s). */
  mediaIdleTimeoutMs?: number;
  /** Largest request body accepted from the browser (default 64 KB). */
  maxRequestBytes?: number;
  /** Largest API response relayed (default 5 MB). */
  maxApiResponseBytes?: number;
  /** Largest media response relayed (default 200 MB). */
  maxMediaBytes?: number;
  /** Where SUNO_API_KEY and the base URL overrides are read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** DNS for upstream hosts (default node:dns; IP literals are not looked up). */
  resolveHost?: HostResolver;
  /** Short operational messages; never given a key, a header or a URL (default console.error). */
  log?: (message: string) => void;
}

export interface ProxyConfig {
  bases: Readonly<Record<ProviderId, URL>>;
  apiKey: string | undefined;
  mediaOrigins: ReadonlySet<string>;
  privateHosts: ReadonlySet<string>;
  headersTimeoutMs: number;
  apiTimeoutMs: number;
  mediaIdleTimeoutMs: number;
  maxRequestBytes: number;
  maxApiResponseBytes: number;
  maxMediaBytes: number;
  resolveHost: HostResolver;
  log: (message: string) => void;
}

export type ProxyMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

/** An answer the proxy gives itself; the message is fixed text, never upstream data. */
export class ProxyError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const PREFIX = '/proxy/';
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);
const MEDIA_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const API_REQUEST_HEADERS = ['content-type', 'accept'] as const;
// Retry-After matters to the app's polling; everything else (cookies first) stays upstream.
const API_RESPONSE_HEADERS = ['content-type', 'retry-after', 'cache-control'] as const;
const MEDIA_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'cache-control',
] as const;
const MEDIA_STATUSES = new Set([200, 206, 416]);
const MEDIA_EXPOSED = 'Content-Type, Content-Length, Content-Range, Accept-Ranges, Cache-Control';

/** Parses and checks a base URL from options or env; a bad one is a startup error. */
export function parseBaseUrl(raw: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${label} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${label} must be http or https`);
  }
  if (url.username || url.password) throw new Error(`${label} must not contain credentials`);
  if (url.search || url.hash) throw new Error(`${label} must not have a query or fragment`);
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** Normalizes a hostname the way URL does, so allow-list entries compare with url.hostname. */
function normalizeHost(host: string): string {
  const lower = host.trim().toLowerCase();
  return isIP(lower) === 6 ? `[${lower}]` : lower;
}

function normalizeOrigin(raw: string): string {
  const url = parseBaseUrl(raw, 'media origin');
  return url.origin;
}

export function resolveProxyConfig(options: ProxyOptions = {}): ProxyConfig {
  const env = options.env ?? process.env;
  const key = env.SUNO_API_KEY?.trim();
  const baseFor = (id: ProviderId, fromOptions: string | undefined): URL => {
    const spec = PROVIDERS[id];
    const raw = fromOptions ?? (env[spec.envVar]?.trim() || spec.defaultBase);
    return parseBaseUrl(raw, fromOptions === undefined ? spec.envVar : `${id} base URL`);
  };
  return {
    bases: {
      'sunoapi-co': baseFor('sunoapi-co', options.sunoapiCoUrl),
      'sunoapi-com': baseFor('sunoapi-com', options.sunoapiComUrl),
    },
    apiKey: key ? key : undefined,
    mediaOrigins: new Set(
      [...MEDIA_ORIGINS, ...(options.extraMediaOrigins ?? [])].map(normalizeOrigin),
    ),
    privateHosts: new Set((options.allowPrivateHosts ?? []).map(normalizeHost)),
    headersTimeoutMs: options.headersTimeoutMs ?? 15_000,
    apiTimeoutMs: options.apiTimeoutMs ?? 60_000,
    mediaIdleTimeoutMs: options.mediaIdleTimeoutMs ?? 30_000,
    maxRequestBytes: options.maxRequestBytes ?? 64 * 1024,
    maxApiResponseBytes: options.maxApiResponseBytes ?? 5 * 1024 * 1024,
    maxMediaBytes: options.maxMediaBytes ?? 200 * 1024 * 1024,
    resolveHost: options.resolveHost ?? systemResolver,
    log: options.log ?? ((message) => console.error(`[proxy] ${message}`)),
  };
}

/**
 * The upstream URL for an API path: built from the configured base only, so nothing in the
 * request can choose the host, port or scheme. Null when the path tries to climb out.
 */
export function apiTarget(base: URL, restPath: string, search: string): URL | null {
  if (restPath !== '' && !restPath.startsWith('/')) return null;
  // Dot segments (also percent-encoded, which URL resolves too) could leave the base path.
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(restPath) || restPath.includes('\\')) return null;
  const target = new URL(base.href);
  // A root base's pathname is "/" however it was written: drop it so paths do not start "//".
  target.pathname = `${base.pathname.replace(/\/+$/, '')}${restPath}` || '/';
  target.search = search;
  if (target.origin !== base.origin) return null;
  return target;
}

export type MediaCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Whether a media URL may be fetched: exact origin (scheme, host, port) on the allow-list. */
export function checkMediaUrl(raw: string, allowed: ReadonlySet<string>): MediaCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Not an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'Scheme not allowed' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Credentials in URL not allowed' };
  if (!allowed.has(url.origin)) return { ok: false, reason: 'Host not allowed' };
  url.hash = '';
  return { ok: true, url };
}

/** The Authorization to send upstream: the browser's own, else the server key, else none. */
export function authorizationFor(
  provider: ProviderId,
  fromBrowser: string | undefined,
  serverKey: string | undefined,
): string | undefined {
  // The app sends "" or "Bearer " when Settings has no key: that means "use the server's".
  if (fromBrowser !== undefined && !/^\s*(bearer)?\s*$/i.test(fromBrowser)) return fromBrowser;
  return serverKey ? PROVIDERS[provider].authorization(serverKey) : undefined;
}

/** Replaces every occurrence of each secret in a buffered body, in case upstream echoes it. */
export function redactSecrets(body: Buffer, secrets: readonly string[]): Buffer {
  let out = body;
  for (const secret of secrets) {
    // Very short strings would mangle ordinary text; real keys are far longer.
    if (secret.length < 8) continue;
    const needle = Buffer.from(secret, 'utf8');
    const parts: Buffer[] = [];
    let from = 0;
    let at = out.indexOf(needle, from);
    if (at < 0) continue;
    while (at >= 0) {
      parts.push(out.subarray(from, at), Buffer.from('[redacted]'));
      from = at + needle.length;
      at = out.indexOf(needle, from);
    }
    parts.push(out.subarray(from));
    out = Buffer.concat(parts);
  }
  return out;
}

function sendJson(res: ServerResponse, status: number, message: string): void {
  if (res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify({ code: status, message });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** 504/502 JSON while nothing was sent; once the body has started, cutting it is all we can do. */
function fail(res: ServerResponse, error: unknown): void {
  const err = error instanceof ProxyError ? error : new ProxyError(502, 'Upstream unreachable');
  sendJson(res, err.status, err.message);
}

function errorCode(error: unknown): string {
  if (error instanceof ProxyError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  // Only a node error code like ECONNREFUSED: messages may quote hosts or headers.
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'error';
}

function firstHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The API routes use the server's key, so only the app's own pages may call them: a page on
 * another site (or another port of localhost) must not spend the key through the person's
 * dev server. Requests without these headers (curl, tests) are not from a browser page.
 */
function isCrossSite(req: IncomingMessage): boolean {
  const site = firstHeader(req.headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = firstHeader(req.headers, 'origin');
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

async function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(firstHeader(req.headers, 'content-length') ?? '0');
  if (declared > limit) throw new ProxyError(413, 'Request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ProxyError(413, 'Request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Resolves the host and refuses it unless every address is public (or the host is exempt). */
async function resolveChecked(url: URL, config: ProxyConfig): Promise<ResolvedAddress> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await config.resolveHost(url.hostname);
  } catch {
    throw new ProxyError(502, 'Upstream host not found');
  }
  const first = addresses[0];
  if (!first) throw new ProxyError(502, 'Upstream host not found');
  if (!config.privateHosts.has(url.hostname)) {
    // All of them, not just the one we use: a mixed answer is a sign of a rebinding attempt.
    if (addresses.some(({ address }) => addressKind(address) !== 'public')) {
      throw new ProxyError(403, 'Address not allowed');
    }
  }
  return first;
}

interface UpstreamInit {
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/**
 * Opens the upstream request and waits for its response headers, within the headers timeout
 * (DNS included). Redirects are not followed: the caller refuses them.
 */
function openUpstream(
  url: URL,
  init: UpstreamInit,
  config: ProxyConfig,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let request: ClientRequest | undefined;
    const finish = (error: unknown, response?: IncomingMessage) => {
      if (settled) {
        response?.destroy();
        return;
      }
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else {
        request?.destroy();
        reject(error);
      }
    };
    const onAbort = () => finish(new ProxyError(499, 'Client went away'));
    const timer = setTimeout(
      () => finish(new ProxyError(504, 'Upstream timed out')),
      config.headersTimeoutMs,
    );
    signal.addEventListener('abort', onAbort);
    if (signal.aborted) onAbort();

    resolveChecked(url, config).then((pinned) => {
      if (settled) return;
      const host = bareHostname(url.hostname);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const headers: Record<string, string> = { ...init.headers };
      if (init.body) headers['content-length'] = String(init.body.length);
      request = send({
        protocol: url.protocol,
        host,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: init.method,
        headers,
        lookup: pinnedLookup(pinned),
        // No pooled sockets: each connection goes to the address checked for this request.
        agent: false,
        ...(url.protocol === 'https:' && isIP(host) === 0 ? { servername: host } : {}),
      });
      request.on('response', (response) => finish(undefined, response));
      request.on('error', (error) => finish(error));
      request.end(init.body);
    }, finish);
  });
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** Aborts the upstream side when the browser disconnects before we finished answering. */
function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

async function handleApi(
  provider: ProviderId,
  restPath: string,
  search: string,
  req: IncomingMessage,
  res: ServerResponse,
  config: ProxyConfig,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    // Preflight for the app's own origin only; other sites get no CORS grant.
    if (isCrossSite(req)) return sendJson(res, 403, 'Cross-site requests not allowed');
    const origin = firstHeader(req.headers, 'origin');
    if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
    return;
  }
  if (isCrossSite(req)) return sendJson(res, 403, 'Cross-site requests not allowed');

  const fromBrowser = firstHeader(req.headers, 'authorization');
  const authorization = authorizationFor(provider, fromBrowser, config.apiKey);
  if (authorization === undefined) return sendJson(res, 401, NO_KEY_MESSAGE);

  const target = apiTarget(config.bases[provider], restPath, search);
  if (!target) return sendJson(res, 400, 'Bad path');

  // One deadline for the whole exchange (request body, connect, response body); it and a
  // browser that goes away both cancel whatever is still pending.
  const controller = new AbortController();
  let upstream: IncomingMessage | undefined;
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    controller.abort();
    upstream?.destroy();
    config.log(`${provider}: upstream timed out`);
    fail(res, new ProxyError(504, 'Upstream timed out'));
  }, config.apiTimeoutMs);
  res.on('close', () => {
    clearTimeout(deadline);
    if (!res.writableFinished) controller.abort();
    upstream?.destroy();
  });

  try {
    const body = method === 'POST' ? await readRequestBody(req, config.maxRequestBytes) : undefined;
    const headers: Record<string, string> = { authorization };
    for (const name of API_REQUEST_HEADERS) {
      const value = firstHeader(req.headers, name);
      if (value !== undefined) headers[name] = value;
    }
    upstream = await openUpstream(target, { method, headers, body }, config, controller.signal);
    if (res.headersSent || res.destroyed) return;
    if (isRedirect(upstream.statusCode ?? 0)) {
      upstream.destroy();
      throw new ProxyError(502, 'upstream redirected');
    }
    const declared = Number(firstHeader(upstream.headers, 'content-length') ?? '0');
    if (declared > config.maxApiResponseBytes) {
      throw new ProxyError(502, 'Upstream response too large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of upstream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > config.maxApiResponseBytes) {
        throw new ProxyError(502, 'Upstream response too large');
      }
      chunks.push(chunk);
    }
    if (res.headersSent || res.destroyed) return;
    const secrets = [config.apiKey ?? '', authorization, authorization.replace(/^Bearer\s+/i, '')];
    const out = redactSecrets(Buffer.concat(chunks), secrets);
    res.statusCode = upstream.statusCode ?? 502;
    for (const name of API_RESPONSE_HEADERS) {
      const value = firstHeader(upstream.headers, name);
      if (value !== undefined) {
        res.setHeader(name, redactSecrets(Buffer.from(value), secrets).toString());
      }
    }
    // Answers made with a key are personal: no shared cache should keep them.
    if (!res.hasHeader('cache-control')) res.setHeader('Cache-Control', 'no-store');
    if (method !== 'HEAD') res.setHeader('Content-Length', out.length);
    res.end(method === 'HEAD' ? undefined : out);
  } catch (error) {
    upstream?.destroy();
    if (timedOut || (error instanceof ProxyError && error.status === 499)) return;
    if (!(error instanceof ProxyError) || error.status >= 500) {
      config.log(`${provider}: ${errorCode(error)}`);
    }
    fail(res, error);
  } finally {
    clearTimeout(deadline);
  }
}

function setMediaCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', MEDIA_EXPOSED);
}

async function handleMedia(
  search: string,
  req: IncomingMessage,
  res: ServerResponse,
  config: ProxyConfig,
): Promise<void> {
  const method = req.method ?? 'GET';
  setMediaCors(res);
  if (!MEDIA_METHODS.has(method)) {
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    return sendJson(res, 405, 'Method not allowed');
  }
  if (method === 'OPTIONS') {
    // No key is involved in media, so any page may use it, as it could use the CDN itself.
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Range');
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
    return;
  }
  const raw = new URLSearchParams(search).get('url');
  if (!raw) return sendJson(res, 400, 'Missing url parameter');
  const checked = checkMediaUrl(raw, config.mediaOrigins);
  if (!checked.ok) return sendJson(res, 403, checked.reason);

  const headers: Record<string, string> = {};
  const range = firstHeader(req.headers, 'range');
  if (range !== undefined && range.length <= 200) headers.range = range;

  let upstream: IncomingMessage;
  try {
    upstream = await openUpstream(checked.url, { method, headers }, config, clientGone(res));
  } catch (error) {
    if (error instanceof ProxyError && error.status === 499) return;
    if (!(error instanceof ProxyError) || error.status >= 500) {
      config.log(`media: ${errorCode(error)}`);
    }
    return fail(res, error);
  }
  const status = upstream.statusCode ?? 502;
  if (isRedirect(status) || !MEDIA_STATUSES.has(status)) {
    upstream.destroy();
    return sendJson(
      res,
      502,
      isRedirect(status) ? 'upstream redirected' : `Upstream answered ${status}`,
    );
  }
  const declared = Number(firstHeader(upstream.headers, 'content-length') ?? '0');
  if (declared > config.maxMediaBytes) {
    upstream.destroy();
    return sendJson(res, 502, 'Upstream response too large');
  }

  res.statusCode = status;
  for (const name of MEDIA_RESPONSE_HEADERS) {
    const value = firstHeader(upstream.headers, name);
    if (value !== undefined) res.setHeader(name, value);
  }
  res.flushHeaders();

  // Streamed, never buffered; the idle timer only counts time upstream owes us data, not
  // time the browser spends not reading (a paused media element is not a stalled CDN).
  let size = 0;
  let idle: NodeJS.Timeout | undefined;
  const stop = (message: string) => {
    clearTimeout(idle);
    config.log(`media: ${message}`);
    upstream.destroy();
    fail(res, new ProxyError(504, 'Upstream timed out'));
  };
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (upstream.isPaused()) arm();
      else stop('upstream stalled');
    }, config.mediaIdleTimeoutMs);
  };
  arm();
  upstream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > config.maxMediaBytes) {
      clearTimeout(idle);
      config.log('media: response too large');
      upstream.destroy();
      res.destroy();
      return;
    }
    arm();
    if (!res.write(chunk)) upstream.pause();
  });
  res.on('drain', () => upstream.resume());
  upstream.on('end', () => {
    clearTimeout(idle);
    res.end();
  });
  upstream.on('error', () => {
    clearTimeout(idle);
    res.destroy();
  });
  res.on('close', () => {
    clearTimeout(idle);
    upstream.destroy();
  });
}

/** Splits "/proxy/<route>/<rest>?<query>" into its parts; null for anything outside /proxy/. */
export function parseProxyPath(
  url: string,
): { route: string; rest: string; search: string } | null {
  if (!url.startsWith(PREFIX)) return null;
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const search = q < 0 ? '' : url.slice(q);
  const afterPrefix = path.slice(PREFIX.length);
  const slash = afterPrefix.indexOf('/');
  const route = slash < 0 ? afterPrefix : afterPrefix.slice(0, slash);
  const rest = slash < 0 ? '' : afterPrefix.slice(slash);
  return { route, rest, search };
}

function isProvider(route: string): route is ProviderId {
  return Object.prototype.hasOwnProperty.call(PROVIDERS, route);
}

/** Connect middleware for /proxy/*; everything else goes to next(). */
export function createProxyMiddleware(options: ProxyOptions = {}): ProxyMiddleware {
  const config = resolveProxyConfig(options);
  return (req, res, next) => {
    const parsed = parseProxyPath(req.url ?? '');
    if (!parsed) {
      next();
      return;
    }
    // Whatever Set-Cookie an upstream sends is never copied (headers are an allow-list).
    const method = req.method ?? 'GET';
    const run = async () => {
      if (parsed.route === 'media' && parsed.rest === '') {
        return handleMedia(parsed.search, req, res, config);
      }
      if (!isProvider(parsed.route)) return sendJson(res, 404, 'Unknown proxy route');
      if (!API_METHODS.has(method)) {
        res.setHeader('Allow', 'GET, HEAD, POST, OPTIONS');
        return sendJson(res, 405, 'Method not allowed');
      }
      return handleApi(parsed.route, parsed.rest, parsed.search, req, res, config);
    };
    run().catch((error: unknown) => {
      config.log(`internal: ${errorCode(error)}`);
      fail(res, new ProxyError(500, 'Proxy error'));
    });
  };
}

/** Mounts the proxy on /proxy/ in both the dev and the preview server. */
export function proxyPlugin(options: ProxyOptions = {}): Plugin {
  let middleware: ProxyMiddleware | undefined;
  // Created lazily so `vite build` never reads the key or validates the bases.
  const get = () => (middleware ??= createProxyMiddleware(options));
  return {
    name: 'clip-viewer-proxy',
    configureServer(server) {
      const handle = get();
      server.middlewares.use((req, res, next) => handle(req, res, next));
    },
    configurePreviewServer(server) {
      const handle = get();
      server.middlewares.use((req, res, next) => handle(req, res, next));
    },
  };
}
