import type { Context } from 'hono';
import { generateSignedCookie, getSignedCookie } from 'hono/cookie';
import type { Env } from '../proxy/config.ts';

/** The cookie that proves a request comes from a page this server served. */
export const SESSION_COOKIE = 'cv_session';
/** A session lasts this long after the last page load (each page load renews it). */
export const SESSION_TTL_SECONDS = 2 * 60 * 60;

export interface Session {
  id: string;
  /** Signed in with ACCESS_PASSWORD (always false when there is none). */
  signedIn: boolean;
  expiresAt: number;
}

export interface SessionKeys {
  /** The HMAC secret: SESSION_SECRET, else random for this process, with the password mixed in. */
  secret(): string;
  /** ACCESS_PASSWORD, for a private deployment. */
  password: string | undefined;
}

function randomHex(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Unset, the secret is made at the first request: sessions then end with the process (or the
 * Workers isolate; set SESSION_SECRET there, or visitors lose their session between isolates).
 * The password is part of the key, so changing it ends every session signed in with the old one.
 */
export function sessionKeys(env: Env): SessionKeys {
  const configured = env.SESSION_SECRET?.trim();
  if (configured !== undefined && configured !== '' && configured.length < 32) {
    throw new Error('SESSION_SECRET must be at least 32 characters');
  }
  const password = env.ACCESS_PASSWORD || undefined;
  let secret: string | undefined;
  return {
    password,
    secret() {
      secret ??= `${configured || randomHex(32)}|${password ?? ''}`;
      return secret;
    },
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * `Secure` everywhere but plain http on a loopback host, so `npm run dev` and the tests on
 * http://127.0.0.1 keep their session; any other http origin needs TLS in front.
 */
export function secureCookie(request: Request): boolean {
  const url = new URL(request.url);
  return url.protocol === 'https:' || !LOOPBACK.test(url.hostname);
}

/** The request's valid, unexpired session, or null. */
export async function readSession(c: Context, keys: SessionKeys): Promise<Session | null> {
  const value = await getSignedCookie(c, keys.secret(), SESSION_COOKIE);
  if (typeof value !== 'string') return null;
  const [expires, id, flag] = value.split('.');
  const expiresAt = Number(expires);
  if (!id || !Number.isInteger(expiresAt) || expiresAt * 1000 <= Date.now()) return null;
  return { id, signedIn: flag === 'a', expiresAt };
}

/** A renewed session cookie (`Set-Cookie` value): the same ID, or a new one. */
export function sessionCookie(
  request: Request,
  keys: SessionKeys,
  previous: Session | null,
  signedIn: boolean,
): Promise<string> {
  const expiresAt = Math.floor(Date.now() / 1000) + SESSION_TTL_SECONDS;
  const value = `${expiresAt}.${previous?.id ?? randomHex(16)}.${signedIn ? 'a' : 'v'}`;
  return generateSignedCookie(SESSION_COOKIE, value, keys.secret(), {
    path: '/',
    httpOnly: true,
    secure: secureCookie(request),
    sameSite: 'Strict',
    maxAge: SESSION_TTL_SECONDS,
  });
}

/** Sets a renewed session cookie on the answer. */
export async function issueSession(
  c: Context,
  keys: SessionKeys,
  previous: Session | null,
  signedIn: boolean,
): Promise<void> {
  c.res.headers.append('Set-Cookie', await sessionCookie(c.req.raw, keys, previous, signedIn));
}

/** A page of the app (HTML, 200, GET): the one kind of answer that hands out a session. */
export function isServedPage(c: Context): boolean {
  return (
    c.req.method === 'GET' &&
    c.res.status === 200 &&
    (c.res.headers.get('content-type') ?? '').startsWith('text/html')
  );
}
