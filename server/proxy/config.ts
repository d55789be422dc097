import {
  REAL_PROVIDER_FACTS,
  SUNO_MEDIA_ORIGINS,
  type RealProviderKind,
} from '../../src/domain/providers/index.ts';
import type { RateLimitOptions } from './rate-limit.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface ProxyOptions {
  /** Base URL for /proxy/sunoapi-co (else env PROXY_SUNOAPI_CO_URL, else the real API). */
  sunoapiCoUrl?: string;
  /** Base URL for /proxy/sunoapi-com (else env PROXY_SUNOAPI_COM_URL, else the real API). */
  sunoapiComUrl?: string;
  /** Extra media origins (scheme://host[:port]) besides the Suno CDN; for tests. */
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
  apiKey: string | undefined;
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
  'No API key: set SUNO_API_KEY for the proxy or enter a key in Settings';

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
  const key = env.SUNO_API_KEY?.trim();
  const baseFor = (kind: RealProviderKind, fromOptions: string | undefined): URL => {
    const facts = REAL_PROVIDER_FACTS[kind];
    const raw = fromOptions ?? (env[facts.baseUrlEnv]?.trim() || facts.defaultBaseUrl);
    return parseBaseUrl(raw, fromOptions === undefined ? facts.baseUrlEnv : `${kind} base URL`);
  };
  return {
    bases: {
      'sunoapi-co': baseFor('sunoapi-co', options.sunoapiCoUrl),
      'sunoapi-com': baseFor('sunoapi-com', options.sunoapiComUrl),
    },
    apiKey: key ? key : undefined,
    mediaOrigins: new Set(
      [...SUNO_MEDIA_ORIGINS, ...(options.extraMediaOrigins ?? [])].map(
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
