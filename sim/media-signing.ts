/**
 * Signed, expiring media URLs, as providers hand out since Suno's CDN stopped serving unsigned
 * links (a 403 "Missing Key-Pair-Id"): the URL works until `expires`, then answers 403 until
 * the client asks the provider for the clip again and gets a fresh one. Tasks and clips whose
 * ID starts `e7b1` get such URLs.
 */
import { createHmac, randomBytes } from 'node:crypto';

export const SIGNED_ID_PREFIX = 'e7b1';
/** Real seconds a signed URL lives; short, so tests can see one expire. */
export function signedTtlSeconds(): number {
  const fromEnv = Number(process.env.SIM_SIGNED_TTL);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 10;
}

// A fresh secret per process: links cannot be forged, and none outlives a restart. Made on
// first use, since Workers allow no random values at load time.
let secret: Buffer | null = null;

function signature(pathname: string, expires: number): string {
  secret ??= randomBytes(16);
  return createHmac('sha256', secret).update(`${pathname}|${expires}`).digest('hex').slice(0, 32);
}

export function isSignedId(id: string): boolean {
  return id.toLowerCase().startsWith(SIGNED_ID_PREFIX);
}

/** `url` with `expires` and `sig` parameters, valid for `signedTtlSeconds()` from `now`. */
export function signUrl(url: string, now = Date.now()): string {
  const parsed = new URL(url);
  const expires = Math.floor(now / 1000) + signedTtlSeconds();
  parsed.searchParams.set('expires', String(expires));
  parsed.searchParams.set('sig', signature(parsed.pathname, expires));
  return parsed.href;
}

export type SignatureCheck = 'ok' | 'expired' | 'missing' | 'invalid';

export function checkSignature(url: URL, now = Date.now()): SignatureCheck {
  const expires = Number(url.searchParams.get('expires'));
  const sig = url.searchParams.get('sig');
  if (!sig || !Number.isFinite(expires)) return 'missing';
  if (sig !== signature(url.pathname, expires)) return 'invalid';
  return Math.floor(now / 1000) > expires ? 'expired' : 'ok';
}
