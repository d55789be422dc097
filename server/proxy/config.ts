import {
  ALL_MEDIA_HOSTS,
  matchesMediaHost,
  PROVIDERS,
  REAL_PROVIDERS,
  type RealProviderKind,
} from '../../src/domain/providers/index.ts';
import type { RateLimitOptions } from './rate-limit.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface ProxyOptions {
  /** Base URL per provider (else env PROXY_<PROVIDER>_URL, else the provider's own). */
  baseUrls?: Partial<Record<RealProviderKind, string>>;
  /** Extra media origins (scheme://host[:port]) besides the providers' media hosts; for tests. */
  extraMediaOrigins?: readonly string[];
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
  /** Requests per client and window on the two API routes (default 60 a minute). */
  rateLimit?: Partial<RateLimitOptions>;
  /** The same for /proxy/media, where a player's Range requests add up (default 600). */
  mediaRateLimit?: Partial<RateLimitOptions>;
  /** Short operational messages; never given a key, a header or a URL (default console.error). */
  log?: (message: string) => void;
}

export interface ProxyConfig {
  bases: Readonly<Record<RealProviderKind, URL>>;
  /** The server's own key per provider, from the environment. */
  apiKeys: Readonly<Partial<Record<RealProviderKind, string>>>;
  /** Hosts the operator configured (`PROXY_<PROVIDER>_URL`): trusted even on a private address. */
  configuredHosts: readonly string[];
  /** Exact origins media may come from (tests), besides the providers' media hosts. */
  mediaOrigins: ReadonlySet<string>;
  apiTimeoutMs: number;
  mediaIdleTimeoutMs: number;
  maxRequestBytes: number;
  maxApiResponseBytes: number;
  maxMediaBytes: number;
  rateLimit: RateLimitOptions;
  mediaRateLimit: RateLimitOptions;
  log: (message: string) => void;
}

export const NO_KEY_MESSAGE =
  'No API key: set the provider’s key on the server (see README) or enter a key in Settings';

/**
 * The server's key for a provider: `PROXY_<PROVIDER>_KEY`, or for the two seed providers the
 * older shared `SUNO_API_KEY`. A key is only ever sent to the provider it is named for.
 */
function serverKeyFor(env: Env, kind: RealProviderKind): string | undefined {
  const info = PROVIDERS[kind];
  const key = env[info.keyEnv]?.trim() || (info.sharedKeyEnv && env[info.sharedKeyEnv]?.trim());
  return key || undefined;
}

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

export function resolveProxyConfig(env: Env, options: ProxyOptions = {}): ProxyConfig {
  const configured: string[] = [];
  const baseFor = (kind: RealProviderKind): URL => {
    const info = PROVIDERS[kind];
    const fromOptions = options.baseUrls?.[kind];
    const fromEnv = env[info.baseUrlEnv]?.trim();
    const raw = fromOptions ?? (fromEnv || info.defaultBaseUrl);
    const url = parseBaseUrl(raw, fromOptions === undefined ? info.baseUrlEnv : `${kind} base URL`);
    if (fromOptions === undefined && fromEnv) configured.push(url.hostname);
    return url;
  };
  const bases = Object.fromEntries(REAL_PROVIDERS.map((kind) => [kind, baseFor(kind)])) as Record<
    RealProviderKind,
    URL
  >;
  const apiKeys: Partial<Record<RealProviderKind, string>> = {};
  for (const kind of REAL_PROVIDERS) {
    const key = serverKeyFor(env, kind);
    if (key !== undefined) apiKeys[kind] = key;
  }
  return {
    bases,
    apiKeys,
    configuredHosts: [...new Set(configured)],
    mediaOrigins: new Set(
      (options.extraMediaOrigins ?? []).map(
        (origin) => parseBaseUrl(origin, 'media origin').origin,
      ),
    ),
    apiTimeoutMs: options.apiTimeoutMs ?? 60_000,
    mediaIdleTimeoutMs: options.mediaIdleTimeoutMs ?? 30_000,
    maxRequestBytes: options.maxRequestBytes ?? 64 * 1024,
    maxApiResponseBytes: options.maxApiResponseBytes ?? 5 * 1024 * 1024,
    maxMediaBytes: options.maxMediaBytes ?? 200 * 1024 * 1024,
    rateLimit: { limit: 60, windowMs: 60_000, maxClients: 10_000, ...options.rateLimit },
    mediaRateLimit: { limit: 600, windowMs: 60_000, maxClients: 10_000, ...options.mediaRateLimit },
    log: options.log ?? ((message) => console.error(`[proxy] ${message}`)),
  };
}

/** Whether a media URL's host is one a provider's definition names (or a test origin). */
export function isAllowedMediaUrl(url: URL, config: Pick<ProxyConfig, 'mediaOrigins'>): boolean {
  if (config.mediaOrigins.has(url.origin)) return true;
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return matchesMediaHost(ALL_MEDIA_HOSTS, url.hostname);
}
