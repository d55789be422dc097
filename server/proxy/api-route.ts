import type { Context } from 'hono';
import { matchCall, type BuiltCall } from '../../src/domain/providers/call.ts';
import type { ProviderCall as CallSpec } from '../../src/domain/providers/definition.ts';
import {
  PROVIDERS,
  PROXY_PREFIX,
  isRealProvider,
  type RealProviderKind,
} from '../../src/domain/providers/index.ts';
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

/** The query string a call may send: only the parameters its definition names. */
export function callSearch(spec: CallSpec, search: string): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of Object.keys(spec.query ?? {})) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  // IDs travel comma-joined, as the providers document them.
  const text = kept.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** One documented call to a provider, as the proxy route and the share previews make it. */
export interface ProviderCall {
  kind: RealProviderKind;
  /** The call, its IDs filled in; its query is passed on as built. */
  built: Pick<BuiltCall, 'method' | 'path' | 'search'>;
  /** Read inside the exchange's deadline (the browser's request body). */
  readBody?: () => Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Content-Type and Accept as the caller sent them; nothing else goes upstream. */
  headers: Record<string, string>;
  /** The key header's value, or undefined for a provider that takes no key. */
  authorization: string | undefined;
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
  const { kind, authorization, built } = call;
  const target = apiTarget(config.bases[kind], built.path, built.search);
  if (!target) return jsonError(400, 'Bad path');
  const given = authorization ?? '';
  const secrets = [config.apiKeys[kind] ?? '', given, given.replace(/^Bearer\s+/i, '')];
  const limit = deadline(config.apiTimeoutMs, call.signal);
  const keyName = PROVIDERS[kind].key?.header.toLowerCase();
  try {
    const body = await call.readBody?.();
    const headers = {
      ...call.headers,
      ...(keyName !== undefined && authorization !== undefined ? { [keyName]: authorization } : {}),
    };
    const answer = await upstream(target, {
      method: built.method,
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
 * `/proxy/<kind>/…`: exactly the calls each provider's definition names, with their methods
 * and query parameters, and nothing else. Every refusal is answered here, before anything is
 * sent upstream.
 */
export function apiRoute(config: ProxyConfig, upstream: Upstream) {
  return async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const parsed = splitPath(url.pathname);
    if (!parsed) return jsonError(404, 'Unknown proxy route');
    const { kind, rest } = parsed;
    const definition = PROVIDERS[kind];
    const methods = ['GET', 'POST'].filter((m) => matchCall(definition, m, rest) !== null);
    if (methods.length === 0) return jsonError(404, 'Not a call this proxy forwards');
    const method = c.req.method;
    const caller = classifyCaller(c.req.raw);
    if (caller === 'cross-site') return jsonError(403, 'Cross-site requests not allowed');
    if (method === 'OPTIONS') return preflight(c, methods.join(', '));
    const spec = matchCall(definition, method, rest);
    if (spec === null) {
      return jsonError(405, 'Method not allowed', { Allow: `${methods.join(', ')}, OPTIONS` });
    }

    const keyHeader = definition.key?.header;
    const authorization =
      keyHeader === undefined
        ? undefined
        : authorizationFor(
            kind,
            caller,
            ownAuthorization(c.req.raw, keyHeader),
            config.apiKeys[kind],
          );
    if (keyHeader !== undefined && authorization === undefined) {
      return jsonError(401, NO_KEY_MESSAGE);
    }
    const headers: Record<string, string> = {};
    for (const name of REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers[name] = value;
    }
    return forwardCall(config, upstream, {
      kind,
      built: { method: spec.method, path: rest, search: callSearch(spec, url.search) },
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
