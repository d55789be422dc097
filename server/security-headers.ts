import type { MiddlewareHandler } from 'hono';
import { PROXY_PREFIX } from '../src/domain/providers/index.ts';
import { isEmbedPath } from '../src/domain/routes.ts';

export type ServerMode = 'production' | 'development' | 'test';

const APP_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // 'wasm-unsafe-eval' lets the waveform worker compile its MP3 decoder (mpg123, WebAssembly
  // shipped inside our own script). It allows WebAssembly only: JavaScript eval stays refused.
  'script-src': "'self' 'wasm-unsafe-eval'",
  // wavesurfer.js styles its shadow DOM with a <style> element.
  'style-src': "'self' 'unsafe-inline'",
  // Media and images may come from any http(s) host (the providers' CDNs) or blob:.
  'img-src': "'self' http: https: data: blob:",
  'media-src': "'self' http: https: blob:",
  // blob:: a kept clip's local copy, read back for saving or for its waveform.
  'connect-src': "'self' http: https: blob:",
  'font-src': "'self'",
  // The waveform worker and the service worker (sw.js): our own scripts only, never blob:.
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/**
 * Vite's dev server needs an inline module script (the React Refresh preamble) and a
 * WebSocket for hot reload; nothing else changes, and only in development.
 */
const DEV_RELAXATIONS: Readonly<Record<string, string>> = {
  'script-src': "'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  'connect-src': "'self' http: https: ws: wss:",
};

/** Media relayed from a CDN must never run as a document of this origin. */
const MEDIA_RELAY_POLICY = "sandbox; default-src 'none'";

function serialize(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/** The scripts-from-our-origin-only policy the app is served with. */
export const CONTENT_SECURITY_POLICY = serialize(APP_POLICY);

/** The embeddable player is made to live in other sites' iframes; nothing else may be framed. */
const EMBED_RELAXATIONS: Readonly<Record<string, string>> = { 'frame-ancestors': '*' };

/** The policy of the embeddable player's pages (`/embed/…`). */
export const EMBED_CONTENT_SECURITY_POLICY = serialize({ ...APP_POLICY, ...EMBED_RELAXATIONS });

/**
 * The Content-Security-Policy for a path: the strict one everywhere, with other sites allowed
 * to frame the embeddable player only (`frame-ancestors *` under /embed/).
 */
export function contentSecurityPolicy(path: string, mode: ServerMode): string {
  if (path === `${PROXY_PREFIX}media`) return MEDIA_RELAY_POLICY;
  const embed = isEmbedPath(path) ? EMBED_RELAXATIONS : {};
  if (mode === 'development') return serialize({ ...APP_POLICY, ...DEV_RELAXATIONS, ...embed });
  return isEmbedPath(path) ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

/** Powerful features nobody here uses are off; autoplay and fullscreen stay with the app. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'autoplay=(self)',
  'fullscreen=(self)',
].join(', ');

/**
 * What other sites may load: the embeddable player, the Demo's media (covers in previews),
 * the live stream and oEmbed answers are made for them; nothing else is.
 */
function crossOriginAllowed(path: string): boolean {
  return (
    isEmbedPath(path) ||
    path.startsWith('/sim/media/') ||
    path === '/sim/stream' ||
    path === '/oembed'
  );
}

/** A year, once the origin is https: browsers then never try it over plain http. */
const HSTS = 'max-age=31536000';

/** Every header every response gets, whatever answered it. */
export function securityHeaderEntries(
  path: string,
  mode: ServerMode,
  https = false,
): [string, string][] {
  const entries: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(path, mode)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (!crossOriginAllowed(path)) entries.push(['Cross-Origin-Resource-Policy', 'same-origin']);
  if (https && mode !== 'development') entries.push(['Strict-Transport-Security', HSTS]);
  return entries;
}

/**
 * Outermost but one: applies to routes, static files, errors and 404s alike. `publicOrigin`
 * (PUBLIC_ORIGIN) tells whether the origin is https behind a TLS-terminating proxy.
 */
export function securityHeaders(mode: ServerMode, publicOrigin?: string): MiddlewareHandler {
  const httpsOrigin = publicOrigin?.startsWith('https:') ?? false;
  return async (c, next) => {
    await next();
    const https = httpsOrigin || c.req.url.startsWith('https:');
    for (const [name, value] of securityHeaderEntries(c.req.path, mode, https)) {
      c.res.headers.set(name, value);
    }
  };
}
