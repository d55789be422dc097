/**
 * What the app knows about each provider: where it lives, how the key is sent, which calls
 * exist. The browser adapters and the server's proxy both read this file, so a provider's
 * facts are written once. Pure data and functions only: no DOM, no Node.
 */

export const PROVIDER_KINDS = ['demo', 'sunoapi-co', 'sunoapi-com'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The two real providers: the ones with a key and a proxy route. */
export const REAL_PROVIDERS = ['sunoapi-co', 'sunoapi-com'] as const;
export type RealProviderKind = (typeof REAL_PROVIDERS)[number];

export interface ProviderEndpoint {
  method: 'GET' | 'POST';
  /** Path under the provider's base URL. */
  path: string;
}

export interface ProviderInfo {
  label: string;
  defaultBaseUrl: string;
  needsKey: boolean;
  supportsTasks: boolean;
  supportsClipIds: boolean;
}

export interface RealProviderFacts extends ProviderInfo {
  /** Environment variable that moves the server's proxy to another base URL. */
  baseUrlEnv: string;
  /** The one documented call this app makes. */
  endpoint: ProviderEndpoint;
  /** How a key is written into the Authorization header. */
  authorization: (key: string) => string;
}

export const TASK_QUERY: ProviderEndpoint = { method: 'POST', path: '/suno/v3.5/music/query' };
export const CLIPS_BY_ID: ProviderEndpoint = { method: 'GET', path: '/api/v2/suno/v3.5/clips' };

export const REAL_PROVIDER_FACTS: Readonly<Record<RealProviderKind, RealProviderFacts>> = {
  'sunoapi-co': {
    label: 'sunoapi.co',
    defaultBaseUrl: 'https://api.sunoapi.co',
    baseUrlEnv: 'PROXY_SUNOAPI_CO_URL',
    needsKey: true,
    supportsTasks: true,
    supportsClipIds: false,
    endpoint: TASK_QUERY,
    authorization: (key) => key,
  },
  'sunoapi-com': {
    label: 'sunoapi.com',
    defaultBaseUrl: 'https://api.sunoapi.com',
    baseUrlEnv: 'PROXY_SUNOAPI_COM_URL',
    needsKey: true,
    supportsTasks: false,
    supportsClipIds: true,
    endpoint: CLIPS_BY_ID,
    authorization: (key) => `Bearer ${key}`,
  },
};

/** The built-in simulator speaks both dialects under its own base URL. */
export const SIMULATOR_PREFIX = '/sim';

export const PROVIDERS: Readonly<Record<ProviderKind, ProviderInfo>> = {
  demo: {
    label: 'Demo simulator',
    defaultBaseUrl: SIMULATOR_PREFIX,
    needsKey: false,
    supportsTasks: true,
    supportsClipIds: true,
  },
  ...REAL_PROVIDER_FACTS,
};

/** The app server's proxy: `/proxy/<kind>` forwards to that provider. */
export const PROXY_PREFIX = '/proxy/';

/** The Suno CDN hosts that serve clip media; the proxy relays media from these only. */
export const SUNO_MEDIA_ORIGINS: readonly string[] = [
  'https://cdn1.suno.ai',
  'https://cdn2.suno.ai',
  'https://audiopipe.suno.ai',
];

export function isProviderKind(value: unknown): value is ProviderKind {
  return typeof value === 'string' && (PROVIDER_KINDS as readonly string[]).includes(value);
}

export function isRealProvider(value: unknown): value is RealProviderKind {
  return typeof value === 'string' && (REAL_PROVIDERS as readonly string[]).includes(value);
}
