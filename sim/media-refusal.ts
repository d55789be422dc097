/**
 * Media that a CDN refuses, in one place:
 * - clips whose ID starts with `fa170403` are refused like Suno's CDN refuses unsigned links
 *   (403 "Missing Key-Pair-Id"), every file of them;
 * - clips whose ID starts with `e7b1` are served only on a valid, unexpired signature (see
 *   `media-signing.ts`), like the signed links providers hand out now;
 * - `?expires=<unix seconds>` on any other media URL acts like a signed link: refused (403
 *   "Request has expired") once that moment has passed.
 */
import { checkSignature, isSignedId } from './media-signing.ts';

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
  if (id && isSignedId(id)) {
    const check = checkSignature(url, now);
    if (check === 'ok') return null;
    if (check === 'expired') return refusal('AccessDenied', 'Request has expired');
    if (check === 'missing') {
      return refusal('MissingKey', 'Missing Key-Pair-Id query parameter or cookie value');
    }
    return refusal('AccessDenied', 'Invalid signature');
  }
  const expires = url.searchParams.get('expires');
  if (expires !== null && !(Number(expires) * 1000 > now)) {
    return refusal('AccessDenied', 'Request has expired');
  }
  return null;
}
