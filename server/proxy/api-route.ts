import type { Context } from 'hono';
import {
  PROXY_PREFIX,
  REAL_PROVIDER_FACTS,
  isRealProvider,
  type RealProviderKind,
} from '../../src/domain/providers.ts';
import { readCapped } from './body.ts';
import { authorizationFor, classifyCaller, ownAuthorization } from './caller.ts';
import { NO_KEY_MESSAGE, type ProxyConfig } from './config.ts';
import { redactSecrets, redactText } from './redact.ts';
import {
  ProxyError,
  deadline,
  errorCode,
  isRedirect,
  jsonError,
  type Upstream,
} from './upstream.ts';

const REQUEST_HEADERS = ['content-type', 'accept'] as const;
// Retry-After matters to the app's polling; everything else (cookies, the provider's caching
// and content type first) stays upstream.
const RESPONSE_HEADERS = ['retry-after'] as const;
/** The query parameters each documented call takes; nothing else the client sent goes on. */
const QUERY_PARAMETERS: Readonly<Record<string, readonly string[]>> = { GET: ['ids'], POST: [] };

/** Only the parameters the call needs, in a fixed form. */
export function forwardedSearch(method: string, search: string): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of QUERY_PARAMETERS[method] ?? []) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  const text = kept.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/**
 * The upstream URL for a call: built from the configured base only, so nothing in the request
 * can choose the host, port or scheme. Null when the path tries to climb out.
 */
export function apiTarget(base: URL, path: string, search: string): URL | null {
  if (path !== '' && !path.startsWith('/')) return null;
  // Dot segments (also percent-encoded, which URL resolves too) could leave the base path.
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path) || path.includes('\\')) return null;
  const target = new URL(base.href);
  // A root base's pathname is "/" however it was written: drop it so paths do not start "//".
  target.pathname = `${base.pathname.replace(/\/+$/, '')}${path}` || '/';
  target.search = search;
  return target.origin === base.origin ? target : null;
}

/** The provider and the path after `/proxy/<kind>`, or null for a route that is not a provider. */
function splitPath(pathname: string): { kind: RealProviderKind; rest: string } | null {
  const afterPrefix = pathname.slice(PROXY_PREFIX.length);
  const slash = afterPrefix.indexOf('/');
  const kind = slash < 0 ? afterPrefix : afterPrefix.slice(0, slash);
  if (!isRealProvider(kind)) return null;
  return { kind, rest: slash < 0 ? '' : afterPrefix.slice(slash) };
}

function preflight(c: Context, method: string): Response {
  const origin = c.req.header('origin');
  return new Response(null, {
    status: 204,
    headers: {
      ...(origin ? { 'Access-Control-Allow-Origin': origin } : {}),
      Vary: 'Origin',
      'Access-Control-Allow-Methods': `${method}, OPTIONS`,
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
      'Access-Control-Max-Age': '600',
    },
  });
}

async function relay(
  upstreamResponse: Response,
  config: ProxyConfig,
  secrets: readonly string[],
): Promise<Response> {
  if (isRedirect(upstreamResponse.status)) {
    await upstreamResponse.body?.cancel().catch(() => undefined);
    throw new ProxyError(502, 'upstream redirected');
  }
  const body = await readCapped(
    upstreamResponse.body,
    upstreamResponse.headers.get('content-length'),
    config.maxApiResponseBytes,
    new ProxyError(502, 'Upstream response too large'),
  );
  const headers = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstreamResponse.headers.get(name);
    if (value !== null) headers.set(name, redactText(value, secrets));
  }
  // Answers made with a key are personal: no cache should keep them, whatever the provider
  // says; and they are JSON, whatever type it gives (never HTML on this origin).
  headers.set('Cache-Control', 'private, no-store');
  headers.set('Vary', 'Cookie, Authorization');
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(redactSecrets(body, secrets), { status: upstreamResponse.status, headers });
}

/** One documented call to a provider, as the proxy route and the share previews make it. */
export interface ProviderCall {
  kind: RealProviderKind;
  /** The query string to pass on (`?ids=…`), or "". */
  search: string;
  /** Read inside the exchange's deadline (the browser's request body). */
  readBody?: () => Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Content-Type and Accept as the caller sent them; nothing else goes upstream. */
  headers: Record<string, string>;
  authorization: string;
  /** The caller going away. */
  signal: AbortSignal;
}

/**
 * Sends one documented call and relays the answer: one deadline for the whole exchange
 * (request body, connect, response body), redirects refused, size capped, secrets redacted.
 * Failures come back as the proxy's own JSON answers, never as exceptions.
 */
export async function forwardCall(
  config: ProxyConfig,
  upstream: Upstream,
  call: ProviderCall,
): Promise<Response> {
  const { kind, authorization } = call;
  const endpoint = REAL_PROVIDER_FACTS[kind].endpoint;
  const target = apiTarget(config.bases[kind], endpoint.path, call.search);
  if (!target) return jsonError(400, 'Bad path');
  const secrets = [config.apiKey ?? '', authorization, authorization.replace(/^Bearer\s+/i, '')];
  const limit = deadline(config.apiTimeoutMs, call.signal);
  try {
    const body = await call.readBody?.();
    const headers = { ...call.headers, authorization };
    const answer = await upstream(target, {
      method: endpoint.method,
      headers,
      body,
      signal: limit.signal,
    });
    return await relay(answer, config, secrets);
  } catch (error) {
    const reason: unknown = limit.signal.reason;
    const failure = limit.timedOut() && reason instanceof ProxyError ? reason : error;
    if (!(failure instanceof ProxyError) || failure.status >= 500) {
      config.log(`${kind}: ${limit.timedOut() ? 'upstream timed out' : errorCode(failure)}`);
    }
    if (failure instanceof ProxyError) return jsonError(failure.status, failure.message);
    return jsonError(502, 'Upstream unreachable');
  } finally {
    limit.done();
  }
}

/**
 * `/proxy/<kind>/…`: exactly the one documented call of each provider, with its method, and
 * nothing else. Every refusal is answered here, before anything is sent upstream.
 */
export function apiRoute(config: ProxyConfig, upstream: Upstream) {
  return async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const parsed = splitPath(url.pathname);
    if (!parsed) return jsonError(404, 'Unknown proxy route');
    const { kind, rest } = parsed;
    const endpoint = REAL_PROVIDER_FACTS[kind].endpoint;
    if (rest !== endpoint.path) return jsonError(404, 'Not a call this proxy forwards');
    const method = c.req.method;
    const caller = classifyCaller(c.req.raw);
    if (caller === 'cross-site') return jsonError(403, 'Cross-site requests not allowed');
    if (method === 'OPTIONS') return preflight(c, endpoint.method);
    if (method !== endpoint.method) {
      return jsonError(405, 'Method not allowed', { Allow: `${endpoint.method}, OPTIONS` });
    }

    const authorization = authorizationFor(
      kind,
      caller,
      ownAuthorization(c.req.raw),
      config.apiKey,
    );
    if (authorization === undefined) return jsonError(401, NO_KEY_MESSAGE);
    const headers: Record<string, string> = {};
    for (const name of REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers[name] = value;
    }
    return forwardCall(config, upstream, {
      kind,
      search: forwardedSearch(endpoint.method, url.search),
      headers,
      authorization,
      signal: c.req.raw.signal,
      readBody: () =>
        method === 'POST'
          ? readCapped(
              c.req.raw.body,
              c.req.header('content-length') ?? null,
              config.maxRequestBytes,
              new ProxyError(413, 'Request body too large'),
            )
          : Promise.resolve(undefined),
    });
  };
}
