import { parseRange } from './byte-range.ts';
import { json } from './http-util.ts';
import { isUuid } from './ids.ts';
import { mediaRefusal } from './media-refusal.ts';
import { MEDIA_CACHE_CONTROL } from './media-names.ts';
import type { MediaRef, SimMedia } from './media-source.ts';
import { variantIndexForClip } from './media-variants.ts';

export const MEDIA_PREFIX = '/sim/media/';
/** What a host without the Demo's media says: neither prebuilt nor made here. */
export const MEDIA_MISSING = 'Media is not generated on this server';

interface MediaFile {
  contentType: string;
  ref: MediaRef;
}

/** Maps Suno's CDN file names onto generated files; anything else is a 404 (like None.mp3). */
function resolveMediaFile(name: string): MediaFile | undefined {
  const clip = /^(?:(image_large_|image_)?)([0-9a-fA-F-]{36})\.(mp3|m4a|mp4|jpeg)$/.exec(name);
  if (clip) {
    const [, imagePrefix, rawId = '', extension] = clip;
    const id = rawId.toLowerCase();
    if (!isUuid(id)) return undefined;
    const variant = variantIndexForClip(id);
    if (imagePrefix && extension === 'jpeg') {
      const large = imagePrefix === 'image_large_';
      return { contentType: 'image/jpeg', ref: { kind: 'cover', variant, large } };
    }
    if (!imagePrefix && extension === 'mp3') {
      return { contentType: 'audio/mpeg', ref: { kind: 'audio', variant } };
    }
    if (!imagePrefix && extension === 'm4a') {
      return { contentType: 'audio/mp4', ref: { kind: 'm4a', variant } };
    }
    if (!imagePrefix && extension === 'mp4') {
      return { contentType: 'video/mp4', ref: { kind: 'video', variant } };
    }
    return undefined;
  }
  const avatar = /^avatar_([a-z0-9_-]{1,64})\.jpeg$/.exec(name);
  if (avatar?.[1]) {
    return { contentType: 'image/jpeg', ref: { kind: 'avatar', handle: avatar[1] } };
  }
  return undefined;
}

export async function handleMedia(
  media: SimMedia | undefined,
  request: Request,
  name: string,
): Promise<Response> {
  const found = resolveMediaFile(name);
  if (!found) return json(404, { code: 404, message: 'Not found' });
  const refused = mediaRefusal(name, new URL(request.url));
  if (refused) return refused;
  const file = await media?.open(found.ref);
  if (!file) return json(404, { code: 404, message: MEDIA_MISSING });
  const { size } = file;
  const headers: Record<string, string> = {
    'Content-Type': found.contentType,
    'Accept-Ranges': 'bytes',
    'Cache-Control': MEDIA_CACHE_CONTROL,
  };

  const range = parseRange(request.headers.get('range') ?? undefined, size);
  if (range === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${size}` },
    });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = String(end - start + 1);
  const body = request.method === 'HEAD' ? null : file.stream(start, end);
  return new Response(body, { status: range ? 206 : 200, headers });
}
