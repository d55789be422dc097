import type { Context, MiddlewareHandler } from 'hono';
import { PROXY_PREFIX } from '../../src/domain/providers/index.ts';
import { classifyCaller, ownAuthorization } from '../proxy/caller.ts';
import { FixedWindowLimiter } from '../proxy/rate-limit.ts';
import { jsonError } from '../proxy/upstream.ts';
import { SIGNIN_PATH, signinRedirectPage } from './signin.ts';
import { isServedPage, issueSession, readSession, type SessionKeys } from './session.ts';

export interface SessionOptions {
  /** Calls one session may make with the server's key per hour (600), beside the per-client limit. */
  keyedCallsPerHour?: number;
}

/** Answered without a session even on a private deployment: probes and the sign-in page. */
const OPEN_PATHS = new Set(['/healthz', '/robots.txt', SIGNIN_PATH]);

function wantsPage(c: Context): boolean {
  if (c.req.header('sec-fetch-mode') === 'navigate') return true;
  return c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html');
}

/**
 * Pages hand out the session cookie; with ACCESS_PASSWORD, nothing but the open paths answers
 * without a signed-in session. Only pages and private deployments check the cookie, so files
 * and the Demo cost no signature check.
 */
export function sessionPages(keys: SessionKeys): MiddlewareHandler {
  return async (c, next) => {
    const session = keys.password ? await readSession(c, keys) : null;
    if (keys.password && !session?.signedIn && !OPEN_PATHS.has(c.req.path)) {
      if (!wantsPage(c)) return jsonError(401, 'Sign in first');
      const url = new URL(c.req.url);
      return signinRedirectPage(`${url.pathname}${url.search}`);
    }
    await next();
    if (!isServedPage(c) || c.req.path === SIGNIN_PATH) return;
    const current = session ?? (await readSession(c, keys));
    if (keys.password && !current?.signedIn) return;
    await issueSession(c, keys, current, current?.signedIn ?? false);
  };
}

/**
 * The server's key only for the app's own pages: besides the fetch metadata the proxy checks,
 * a same-origin call that would use SUNO_API_KEY must carry a session cookie (which only a
 * page of this server hands out, HttpOnly and SameSite=Strict), within the session's quota.
 */
export function sessionProxyGuard(
  keys: SessionKeys,
  hasServerKey: boolean,
  options: SessionOptions = {},
): MiddlewareHandler {
  const quota = new FixedWindowLimiter({
    limit: options.keyedCallsPerHour ?? 600,
    windowMs: 60 * 60_000,
    maxClients: 10_000,
  });
  return async (c, next) => {
    const request = c.req.raw;
    const usesServerKey =
      hasServerKey &&
      c.req.path !== `${PROXY_PREFIX}media` &&
      c.req.method !== 'OPTIONS' &&
      ownAuthorization(request) === undefined &&
      // Other callers are refused, or told to bring a key, by the proxy route itself.
      classifyCaller(request) === 'same-origin';
    if (!usesServerKey) return next();
    const session = await readSession(c, keys);
    if (!session) {
      return jsonError(401, "No session: reload the app's page to use the server's key");
    }
    const wait = quota.take(session.id);
    if (wait > 0) return jsonError(429, 'Too many requests', { 'Retry-After': String(wait) });
    return next();
  };
}
