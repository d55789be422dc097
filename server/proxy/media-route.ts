import type { Context } from 'hono';
import { relayMedia } from './body.ts';
import { isAllowedMediaUrl, type ProxyConfig } from './config.ts';
import { ProxyError, errorCode, isRedirect, jsonError, type Upstream } from './upstream.ts';

/** What every /proxy/media answer carries, refusals included: never run, never sniffed. */
export const MEDIA_SAFETY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "sandbox; default-src 'none'",
  // No key is involved in media, so any page may read it, as it could read the CDN itself.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'Content-Type, Content-Length, Content-Range, Accept-Ranges, Cache-Control',
};

const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'cache-control',
] as const;
const STATUSES = new Set([200, 206, 416]);
const RASTER_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);

/** Audio, video and raster images only: HTML, SVG or untyped bytes could run as our origin. */
export function isMediaType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^(audio|video)\/[a-z0-9.+-]+$/.test(type) || RASTER_IMAGES.has(type);
}

export type MediaCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Whether a media URL may be fetched: exact origin (scheme, host, port) on the allow-list. */
export function checkMediaUrl(raw: string, config: Pick<ProxyConfig, 'mediaOrigins'>): MediaCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Not an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'Scheme not allowed' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Credentials in URL not allowed' };
  if (!isAllowedMediaUrl(url, config)) return { ok: false, reason: 'Host not allowed' };
  url.hash = '';
  return { ok: true, url };
}

/** Workers' stream that declares its length; absent on Node, which keeps Content-Length. */
type FixedLengthStreamConstructor = new (length: number) => TransformStream<Uint8Array, Uint8Array>;

/**
 * Workers send a streamed body chunked, dropping Content-Length, unless the stream says how
 * long it is; players need the length to show a duration and seek.
 */
function keepLength(
  body: ReadableStream<Uint8Array>,
  length: string | null,
): ReadableStream<Uint8Array> {
  const Fixed = (globalThis as { FixedLengthStream?: FixedLengthStreamConstructor })
    .FixedLengthStream;
  const size = Number(length);
  if (!Fixed || length === null || !Number.isSafeInteger(size) || size < 0) return body;
  return body.pipeThrough(new Fixed(size));
}

function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return jsonError(status, message, { ...MEDIA_SAFETY_HEADERS, ...headers });
}

async function answer(
  upstreamResponse: Response,
  method: string,
  config: ProxyConfig,
): Promise<Response> {
  const { status } = upstreamResponse;
  const type = upstreamResponse.headers.get('content-type');
  const discard = () => upstreamResponse.body?.cancel().catch(() => undefined);
  if (isRedirect(status) || !STATUSES.has(status)) {
    await discard();
    return refuse(502, isRedirect(status) ? 'upstream redirected' : `Upstream answered ${status}`);
  }
  // A 416 has no body to judge; anything with one must be media.
  if (status !== 416 && !isMediaType(type)) {
    await discard();
    return refuse(502, 'Upstream type is not audio, video or an image');
  }
  if (Number(upstreamResponse.headers.get('content-length') ?? '0') > config.maxMediaBytes) {
    await discard();
    return refuse(502, 'Upstream response too large');
  }
  const headers = new Headers(MEDIA_SAFETY_HEADERS);
  for (const name of RESPONSE_HEADERS) {
    const value = upstreamResponse.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (method === 'HEAD' || status === 416 || !upstreamResponse.body) {
    await discard();
    return new Response(null, { status, headers });
  }
  const body = await relayMedia(
    upstreamResponse.body,
    config.mediaIdleTimeoutMs,
    config.maxMediaBytes,
    (reason) => config.log(`media: ${reason}`),
  );
  return new Response(keepLength(body, headers.get('content-length')), { status, headers });
}

/** `/proxy/media?url=…`: GET and HEAD from the Suno CDN hosts only, Range passed through. */
export function mediaRoute(config: ProxyConfig, upstream: Upstream) {
  return async (c: Context): Promise<Response> => {
    const method = c.req.method;
    if (method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...MEDIA_SAFETY_HEADERS,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': 'Range',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return refuse(405, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
    }
    const raw = new URL(c.req.url).searchParams.get('url');
    if (!raw) return refuse(400, 'Missing url parameter');
    const checked = checkMediaUrl(raw, config);
    if (!checked.ok) return refuse(403, checked.reason);

    const headers: Record<string, string> = {};
    const range = c.req.header('range');
    if (range !== undefined && range.length <= 200) headers.range = range;
    try {
      const upstreamResponse = await upstream(checked.url, {
        method,
        headers,
        signal: c.req.raw.signal,
      });
      return await answer(upstreamResponse, method, config);
    } catch (error) {
      if (!(error instanceof ProxyError) || error.status >= 500) {
        config.log(`media: ${errorCode(error)}`);
      }
      if (error instanceof ProxyError) return refuse(error.status, error.message);
      return refuse(502, 'Upstream unreachable');
    }
  };
}
