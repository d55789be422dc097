import { Hono } from 'hono';
import { FixedWindowLimiter, type ClientKey } from '../proxy/rate-limit.ts';
import { escapeHtml } from './html.ts';
import { readSession, sessionCookie, type SessionKeys } from './session.ts';

export const SIGNIN_PATH = '/signin';
const ATTEMPTS_PER_MINUTE = 10;

function page(status: number, body: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${body}</html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** Only a path of this site: never `//host` or a scheme, so sign-in cannot redirect away. */
export function safeNext(raw: string | null | undefined): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.includes('\\') ? raw : '/';
}

/**
 * What a private deployment answers a page it will not show yet. Not a redirect: a link from
 * another site carries no SameSite=Strict cookie, and a redirect would stay cross-site; this
 * page's own refresh is same-site, so a visitor already signed in goes straight on.
 */
export function signinRedirectPage(next: string): Response {
  const target = `${SIGNIN_PATH}?next=${encodeURIComponent(safeNext(next))}`;
  return page(
    401,
    `<meta http-equiv="refresh" content="0;url=${escapeHtml(target)}"><title>Sign in</title></head><body><p><a href="${escapeHtml(target)}">Sign in</a></p></body>`,
  );
}

function form(next: string, failed: boolean, status = 200): Response {
  const error = failed ? '<p role="alert">That password is not right.</p>' : '';
  return page(
    status,
    `<title>Sign in · Clip Viewer</title><style>body{font:16px system-ui,sans-serif;max-width:22rem;margin:15vh auto;padding:0 1rem}input,button{font:inherit;padding:.4rem;margin:.3rem 0;width:100%}</style></head><body><main><h1>Clip Viewer</h1>${error}<form method="post" action="${SIGNIN_PATH}"><input type="hidden" name="next" value="${escapeHtml(next)}"><label for="password">Access password</label><input id="password" name="password" type="password" autocomplete="current-password" required autofocus><button type="submit">Sign in</button></form></main></body>`,
  );
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Compares digests, so the time taken says nothing about how much of a guess was right. */
async function samePassword(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** `GET/POST /signin` for ACCESS_PASSWORD; attempts are limited per client. */
export function signinRoutes(keys: SessionKeys, clientKey: ClientKey): Hono {
  const app = new Hono();
  const attempts = new FixedWindowLimiter({
    limit: ATTEMPTS_PER_MINUTE,
    windowMs: 60_000,
    maxClients: 10_000,
  });
  const { password } = keys;
  if (!password) return app;
  app.get(SIGNIN_PATH, async (c) => {
    const next = safeNext(c.req.query('next'));
    if ((await readSession(c, keys))?.signedIn) return c.redirect(next, 303);
    return form(next, false);
  });
  app.post(SIGNIN_PATH, async (c) => {
    const wait = attempts.take(clientKey(c.req.raw, c.env) ?? 'unknown');
    if (wait > 0)
      return page(
        429,
        '<title>Too many attempts</title></head><body><p>Too many attempts: wait a minute.</p></body>',
        { 'Retry-After': String(wait) },
      );
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const next = safeNext(typeof body.next === 'string' ? body.next : '/');
    const given = typeof body.password === 'string' ? body.password : '';
    if (!(await samePassword(given, password))) return form(next, true, 401);
    // A new session ID on sign-in: one planted before it is worth nothing after.
    return new Response(null, {
      status: 303,
      headers: {
        Location: next,
        'Set-Cookie': await sessionCookie(c.req.raw, keys, null, true),
        'Cache-Control': 'no-store',
      },
    });
  });
  return app;
}
