/**
 * Media that a CDN refuses, for the journeys that check what a recipient is told:
 * - clips whose ID starts with `fa170403` are refused like Suno's CDN refuses unsigned links
 *   (403 "Missing Key-Pair-Id"), every file of them;
 * - `?expires=<unix seconds>` on any media URL acts like a signed link: refused (403 "Request
 *   has expired") once that moment has passed.
 */
export const REFUSED_MEDIA_PREFIX = 'fa170403';

function refusal(code: string, message: string): Response {
  const body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return new Response(body, {
    status: 403,
    headers: { 'Content-Type': 'application/xml', 'Cache-Control': 'no-store' },
  });
}

/** The refusal for this media request, or null when it is served. */
export function mediaRefusal(name: string, url: URL, now: number = Date.now()): Response | null {
  const id = /^(?:image_large_|image_)?([0-9a-fA-F-]{36})\./.exec(name)?.[1]?.toLowerCase();
  if (id?.startsWith(REFUSED_MEDIA_PREFIX)) {
    return refusal('MissingKey', 'Missing Key-Pair-Id query parameter or cookie value');
  }
  const expires = url.searchParams.get('expires');
  if (expires !== null && !(Number(expires) * 1000 > now)) {
    return refusal('AccessDenied', 'Request has expired');
  }
  return null;
}
