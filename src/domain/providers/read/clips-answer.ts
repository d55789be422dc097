import type { Clip, LookupResult } from '../../clip';
import { ApiError } from '../../errors';
import type { ReadContext } from '../definition';

/** The provider's order is not promised; people expect the order they pasted. */
export function orderByIds(clips: readonly Clip[], ids: readonly string[]): Clip[] {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!rank.has(id.toLowerCase())) rank.set(id.toLowerCase(), i);
  });
  return clips
    .map((clip, i) => ({ clip, i, r: rank.get(clip.id.toLowerCase()) ?? ids.length + i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.clip);
}

/**
 * An answer to a lookup by clip IDs, in the order asked. Clip IDs, unlike a task, never exist
 * "before" their clips: an empty answer means unknown IDs.
 */
export function clipsAnswer(result: LookupResult, context: ReadContext): LookupResult {
  if (context.mode !== 'clips') return result;
  const { ids } = context;
  if (result.clips.length === 0 && ids.length > 0) {
    throw new ApiError(
      'not-found',
      ids.length === 1
        ? 'The provider has no clip with that ID.'
        : 'The provider has no clips with those IDs.',
    );
  }
  return { ...result, clips: orderByIds(result.clips, ids) };
}
