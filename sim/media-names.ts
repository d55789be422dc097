import { hashToInt } from './ids.ts';
import type { MediaRef } from './media-source.ts';
import { MEDIA_VARIANTS, variantByIndex } from './media-variants.ts';

/** Bump when the synthesis or encoding changes, so stale cached or prebuilt files are not served. */
export const MEDIA_VERSION = 'v1';
export const COVER_SIZE = 320;
export const COVER_LARGE_SIZE = 1024;
/** Avatars come from this many pictures, so made-up handles cannot each make a file. */
export const AVATAR_COUNT = 8;

/** Where the build puts the Demo's media inside the client build (`dist/client/sim-media`). */
export const SIM_MEDIA_DIR = 'sim-media';

/** How long the Demo's media may be kept, by the routes and by the platform serving them. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=86400';

/** The picture a handle's avatar is drawn from: a handful, whatever the handle. */
export function avatarSlot(handle: string): number {
  return hashToInt(`avatar:${handle}`) % AVATAR_COUNT;
}

/**
 * The file a media reference is stored as: in the disk cache, in the build's prebuilt
 * directory and among the Workers assets alike, so all three agree on one name.
 */
export function mediaFileName(ref: MediaRef): string {
  if (ref.kind === 'avatar') return `${MEDIA_VERSION}-avatar-${avatarSlot(ref.handle)}.jpeg`;
  const index = variantByIndex(ref.variant).index;
  switch (ref.kind) {
    case 'audio':
      return `${MEDIA_VERSION}-song-${index}.mp3`;
    case 'm4a':
      return `${MEDIA_VERSION}-song-${index}.m4a`;
    case 'video':
      return `${MEDIA_VERSION}-video-${index}.mp4`;
    case 'cover':
      return `${MEDIA_VERSION}-cover-${index}-${ref.large ? COVER_LARGE_SIZE : COVER_SIZE}.jpeg`;
  }
}

/**
 * Every file the Demo can ask for, with the reference that makes it: what the build renders
 * once. Avatars are listed by slot through a handle that lands in it.
 */
export function allMediaRefs(): MediaRef[] {
  const refs: MediaRef[] = MEDIA_VARIANTS.flatMap((v): MediaRef[] => [
    { kind: 'audio', variant: v.index },
    { kind: 'm4a', variant: v.index },
    { kind: 'video', variant: v.index },
    { kind: 'cover', variant: v.index, large: false },
    { kind: 'cover', variant: v.index, large: true },
  ]);
  const slots = new Map<number, string>();
  for (let n = 0; slots.size < AVATAR_COUNT; n += 1) {
    const handle = `slot-${n}`;
    const slot = avatarSlot(handle);
    if (!slots.has(slot)) slots.set(slot, handle);
  }
  for (const handle of slots.values()) refs.push({ kind: 'avatar', handle });
  return refs;
}
