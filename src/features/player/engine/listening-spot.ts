import * as v from 'valibot';
import { isPlayable, type Clip } from '../../../domain/clip';
import { persistedStore } from '../../../lib/persisted-store';

/** Where the person was listening: the clip and the second, kept across reloads. */
export interface ListeningSpot {
  clipId: string;
  at: number;
  savedAt: number;
}

const spotSchema = v.nullable(
  v.object({
    clipId: v.pipe(v.string(), v.maxLength(200)),
    at: v.pipe(v.number(), v.finite(), v.minValue(0)),
    savedAt: v.pipe(v.number(), v.finite()),
  }),
);

/** A spot older than this is a different listening session: the page starts fresh. */
export const SPOT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How often a playing clip's position is written down (a reload loses at most this much). */
export const SPOT_SAVE_EVERY_MS = 2000;

export const listeningSpotStore = persistedStore<ListeningSpot | null>({
  key: 'clip-viewer:listening-spot',
  schema: spotSchema,
  fallback: () => null,
});

/** The clip of `queue` to cue where the person left it, or null when there is none. */
export function spotIn(
  queue: readonly Clip[],
  spot: ListeningSpot | null,
  now: number,
): { clip: Clip; at: number } | null {
  if (!spot || now - spot.savedAt > SPOT_MAX_AGE_MS) return null;
  const clip = queue.find((c) => c.id === spot.clipId);
  return clip && isPlayable(clip) ? { clip, at: spot.at } : null;
}
