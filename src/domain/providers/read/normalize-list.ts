import type { Clip } from '../../clip';
import { ApiError } from '../../errors';
import { isId } from '../../ids';
import { normalizeClip, type NormalizeContext } from './normalize-clip';

export interface NormalizedList {
  clips: Clip[];
  /** Clips whose ID is not an ID: left out, since no link, share or key can be built on them. */
  unusableClips: number;
}

/**
 * A `clips` array as the app keeps it: one clip per ID (providers sometimes send a clip twice,
 * or in capitals), in the provider's order, the first place kept and the later copy's fields
 * taken. A list with junk in it means the response shape was misread, so that throws.
 */
export function normalizeClipList(
  rawClips: unknown,
  context: NormalizeContext = {},
): NormalizedList {
  if (!Array.isArray(rawClips)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  const byId = new Map<string, Clip>();
  let unusableClips = 0;
  rawClips.forEach((raw, index) => {
    const clip = normalizeClip(raw, context);
    if (clip === null) {
      throw new ApiError(
        'bad-response',
        `The provider sent something that is not a clip (entry ${index + 1} has no ID).`,
      );
    }
    if (!isId(clip.id)) unusableClips += 1;
    // Re-setting an existing key keeps its place in the Map's order.
    else byId.set(clip.id, clip);
  });
  return { clips: [...byId.values()], unusableClips };
}
