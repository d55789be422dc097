/**
 * Writes a clip's tags into its MP3. Loaded only when an MP3 download starts (save-file.ts
 * imports it dynamically), so the ID3 writer never weighs on the page's first load.
 */
import { ID3Writer } from 'browser-id3-writer';
import { fetchMedia } from './fetch-media';
import { looksLikeMp3, type Mp3Frame, type Mp3Tags } from './mp3-tags';

/** Players show covers small; a larger one only makes every copy of the file heavier. */
export const MAX_COVER_PX = 1000;
const COVER_FRONT = 3;

function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

/**
 * The cover as a JPEG no larger than MAX_COVER_PX, re-encoded in an OffscreenCanvas when it is
 * larger or not a JPEG. Where the browser (or Node, in tests) has no canvas, a JPEG or PNG is
 * embedded as fetched; anything else is left out.
 */
export async function coverForTag(blob: Blob): Promise<ArrayBuffer | null> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const asFetched = isJpeg(bytes) || isPng(bytes) ? bytes.buffer : null;
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    return asFetched;
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    const scale = Math.min(1, MAX_COVER_PX / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && isJpeg(bytes)) return bytes.buffer;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return asFetched;
    context.drawImage(bitmap, 0, 0, width, height);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return await jpeg.arrayBuffer();
  } finally {
    bitmap.close();
  }
}

async function fetchCover(url: string): Promise<ArrayBuffer | null> {
  try {
    const file = await fetchMedia(url);
    return file instanceof Blob ? await coverForTag(file) : null;
  } catch {
    // A cover that cannot be read leaves the song untouched: the tags go in without it.
    return null;
  }
}

function setFrame(writer: ID3Writer, frame: Mp3Frame): void {
  switch (frame.id) {
    case 'TIT2':
    case 'TALB':
      writer.setFrame(frame.id, frame.value);
      break;
    case 'TPE1':
    case 'TCON':
      writer.setFrame(frame.id, frame.value);
      break;
    case 'TYER':
      writer.setFrame(frame.id, frame.value);
      break;
    case 'USLT':
      writer.setFrame(frame.id, frame.value);
      break;
    case 'TXXX':
      writer.setFrame(frame.id, frame.value);
      break;
    case 'SYLT':
      writer.setFrame(frame.id, frame.value);
      break;
  }
}

export interface TaggedMp3 {
  file: Blob;
  /** False when the cover could not be fetched or read, so the file has none. */
  withCover: boolean;
}

/**
 * The MP3 with the tags in front of its audio (any tag it came with is replaced), or null
 * when the bytes are not an MP3 after all, which are then saved as they came.
 */
export async function writeMp3Tags(
  file: Blob,
  tags: Mp3Tags,
  cover: (url: string) => Promise<ArrayBuffer | null> = fetchCover,
): Promise<TaggedMp3 | null> {
  const buffer = await file.arrayBuffer();
  if (!looksLikeMp3(new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength)))) return null;
  const writer = new ID3Writer(buffer);
  for (const frame of tags.frames) setFrame(writer, frame);
  const picture = tags.coverUrl ? await cover(tags.coverUrl) : null;
  if (picture) writer.setFrame('APIC', { type: COVER_FRONT, data: picture, description: 'Cover' });
  writer.addTag();
  return { file: writer.getBlob(), withCover: picture !== null || !tags.coverUrl };
}
