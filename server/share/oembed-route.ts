import { Hono } from 'hono';
import { EMBED_SIZE, embedSnippet } from '../../src/domain/embed-code.ts';
import { OEMBED_PATH } from '../../src/domain/routes.ts';
import { SITE_NAME } from './head-tags.ts';
import { previewLinks, shareTargetOf } from './page-preview.ts';
import type { PreviewSource } from './previews.ts';
import type { Visitor } from './visitor.ts';

/** Covers come in these sizes (Suno's, which the simulator copies). */
const COVER_PX = { small: 320, large: 1024 } as const;

function answer(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A positive whole number of pixels from a query parameter, or null. */
function pixels(raw: string | null): number | null {
  if (raw === null || !/^\d{1,5}$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value > 0 ? value : null;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/;

/**
 * The origin links are written on: PUBLIC_ORIGIN when set (behind a TLS proxy), else the
 * request's own when its Host is allowed (ALLOWED_HOSTS; unset, loopback hosts only), else ""
 * (relative links): a forged Host must never reach og:url, canonical or oEmbed answers.
 */
export function requestOrigin(
  request: Request,
  configured: string | undefined,
  allowedHosts?: readonly string[],
): string {
  if (configured !== undefined) return configured;
  const url = new URL(request.url);
  const host = url.host.toLowerCase();
  const allowed = allowedHosts ? allowedHosts.includes(host) : LOOPBACK_HOST.test(host);
  return allowed ? url.origin : '';
}

/** Whether a URL names this app: its public origin, or the host the request came to. */
function isOwnUrl(url: URL, request: Request, configured: string | undefined): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (configured !== undefined && url.origin === configured) return true;
  return url.host === new URL(request.url).host;
}

/**
 * `GET /oembed?url=<share link>&format=json[&maxwidth=&maxheight=]`: a `rich` answer whose
 * html is the embed player's iframe, so platforms that read oEmbed embed the player. Only
 * links of this app are answered (404 otherwise), only as JSON (501 for any other format).
 */
export function oembedRoutes(
  previews: PreviewSource,
  configuredOrigin: string | undefined,
  allowedHosts?: readonly string[],
  visitor?: (request: Request, env: unknown) => Visitor,
): Hono {
  const app = new Hono();
  app.get(OEMBED_PATH, async (c) => {
    const params = new URL(c.req.url).searchParams;
    const format = params.get('format') ?? 'json';
    if (format !== 'json') return answer(501, 'Only format=json is available');
    const raw = params.get('url');
    if (!raw || raw.length > 4096) return answer(400, 'Missing url parameter');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return answer(404, 'Not a link of this app');
    }
    const target = isOwnUrl(url, c.req.raw, configuredOrigin) ? shareTargetOf(url) : null;
    if (!target) return answer(404, 'Not a share link of this app');

    const origin = requestOrigin(c.req.raw, configuredOrigin, allowedHosts);
    if (origin === '') return answer(400, 'Unknown host: set PUBLIC_ORIGIN or ALLOWED_HOSTS');
    const links = previewLinks(target, origin);
    const clip = await previews.clip(target, origin, visitor?.(c.req.raw, c.env));
    const width = Math.min(EMBED_SIZE.width, pixels(params.get('maxwidth')) ?? Infinity);
    const height = Math.min(EMBED_SIZE.height, pixels(params.get('maxheight')) ?? Infinity);
    const title = clip?.title ?? SITE_NAME;
    const thumbnail = clip?.coverLargeUrl
      ? { url: clip.coverLargeUrl, px: COVER_PX.large }
      : clip?.coverUrl
        ? { url: clip.coverUrl, px: COVER_PX.small }
        : null;
    const body = {
      version: '1.0',
      type: 'rich',
      provider_name: SITE_NAME,
      provider_url: `${origin}/`,
      title,
      ...(clip?.artist ? { author_name: clip.artist } : {}),
      html: embedSnippet({ src: links.embedUrl, title, width, height }),
      width,
      height,
      ...(thumbnail
        ? {
            thumbnail_url: thumbnail.url,
            thumbnail_width: thumbnail.px,
            thumbnail_height: thumbnail.px,
          }
        : {}),
      cache_age: 300,
    };
    return new Response(JSON.stringify(body), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': clip ? 'public, max-age=300' : 'no-store',
        // Embedding needs no credentials, and a consumer may ask from a browser.
        'Access-Control-Allow-Origin': '*',
      },
    });
  });
  return app;
}
