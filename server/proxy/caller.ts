import { keyHeader } from '../../src/domain/providers/call.ts';
import { PROVIDERS, type RealProviderKind } from '../../src/domain/providers/index.ts';

/**
 * Who is calling an API route, as far as the browser tells us:
 * - 'same-origin': one of the app's own pages (`Sec-Fetch-Site: same-origin`, and any Origin
 *   is this host). Only these may spend the server's key.
 * - 'cross-site': another site, or a navigation; refused, so no other page can use the proxy.
 * - 'unknown': no fetch metadata at all (curl, scripts). Not refused, but never given the
 *   server's key: such a caller must bring its own.
 * A non-browser client can forge these headers; the two-call allow-list and the rate limit
 * bound what it can do, and a public server can leave SUNO_API_KEY unset.
 */
export type Caller = 'same-origin' | 'cross-site' | 'unknown';

export function classifyCaller(request: Request): Caller {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (origin !== null) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return 'cross-site';
    }
    if (originHost !== new URL(request.url).host) return 'cross-site';
  }
  if (site === null) return 'unknown';
  return site === 'same-origin' ? 'same-origin' : 'cross-site';
}

/** The app sends "" or "Bearer " when Settings has no key: that means "use the server's". */
export function ownAuthorization(request: Request, header = 'authorization'): string | undefined {
  const value = request.headers.get(header);
  return value !== null && !/^\s*(bearer)?\s*$/i.test(value) ? value : undefined;
}

/** The Authorization to send upstream: the caller's own, else the server key if allowed. */
export function authorizationFor(
  provider: RealProviderKind,
  caller: Caller,
  fromCaller: string | undefined,
  serverKey: string | undefined,
): string | undefined {
  if (fromCaller !== undefined) return fromCaller;
  if (caller !== 'same-origin' || !serverKey) return undefined;
  return Object.values(keyHeader(PROVIDERS[provider].key, serverKey))[0];
}
