import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseRange } from './byte-range.ts';
import { headerValue, sendJson } from './http-util.ts';
import { isUuid } from './ids.ts';
import type { MediaStore } from './media-store.ts';
import { variantIndexForClip } from './media-variants.ts';

export const MEDIA_PREFIX = '/sim/media/';

interface MediaFile {
  contentType: string;
  make: (store: MediaStore) => Promise<string>;
}

/** Maps Suno's CDN file names onto generated files; anything else is a 404 (like None.mp3). */
function resolveMediaFile(name: string): MediaFile | undefined {
  const clip = /^(?:(image_large_|image_)?)([0-9a-fA-F-]{36})\.(mp3|mp4|jpeg)$/.exec(name);
  if (clip) {
    const [, imagePrefix, rawId = '', extension] = clip;
    const id = rawId.toLowerCase();
    if (!isUuid(id)) return undefined;
    const variant = variantIndexForClip(id);
    if (imagePrefix && extension === 'jpeg') {
      const large = imagePrefix === 'image_large_';
      return { contentType: 'image/jpeg', make: (store) => store.cover(variant, large) };
    }
    if (!imagePrefix && extension === 'mp3') {
      return { contentType: 'audio/mpeg', make: (store) => store.audio(variant) };
    }
    if (!imagePrefix && extension === 'mp4') {
      return { contentType: 'video/mp4', make: (store) => store.video(variant) };
    }
    return undefined;
  }
  const avatar = /^avatar_([a-z0-9_-]{1,64})\.jpeg$/.exec(name);
  if (avatar?.[1]) {
    const handle = avatar[1];
    return { contentType: 'image/jpeg', make: (store) => store.avatar(handle) };
  }
  return undefined;
}

export async function handleMedia(
  store: MediaStore,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  const media = resolveMediaFile(name);
  if (!media) return sendJson(res, 404, { code: 404, message: 'Not found' });
  const file = await media.make(store);
  const { size } = await stat(file);

  res.setHeader('Content-Type', media.contentType);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'public, max-age=86400');

  const range = parseRange(headerValue(req, 'range'), size);
  if (range === 'unsatisfiable') {
    res.statusCode = 416;
    res.setHeader('Content-Range', `bytes */${size}`);
    res.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.statusCode = range ? 206 : 200;
  if (range) res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
  res.setHeader('Content-Length', end - start + 1);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file, { start, end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
