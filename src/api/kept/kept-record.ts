/**
 * What is kept of a clip in IndexedDB: its data as the provider last gave it, where it was
 * found (for share links), and the peaks and timings that spare the device any work. The
 * files themselves sit in Cache Storage (kept-media).
 */
import * as v from 'valibot';
import { CLIP_STATUSES, type Clip } from '../../domain/clip';
import { isId } from '../../domain/ids';
import { lookupTargetSchema } from '../../domain/lookup-target';
import { isProviderKind, type ProviderKind } from '../../domain/providers';
import { storedPeaksSchema } from '../peaks-store';
import { storedTimingsSchema } from '../timings-cache';

/**
 * The app wrote it, so a light check is enough to turn away another version's or a damaged
 * record: the fields every view reads, with the types they expect.
 */
function isStoredClip(value: unknown): value is Clip {
  if (typeof value !== 'object' || value === null) return false;
  const clip = value as Partial<Record<keyof Clip, unknown>>;
  return (
    typeof clip.id === 'string' &&
    isId(clip.id) &&
    typeof clip.title === 'string' &&
    CLIP_STATUSES.includes(clip.status as Clip['status']) &&
    Array.isArray(clip.tags) &&
    Array.isArray(clip.history) &&
    Array.isArray(clip.concatHistory)
  );
}

const fileSchema = v.object({ type: v.string(), bytes: v.pipe(v.number(), v.minValue(0)) });

export const keptRecordSchema = v.object({
  clip: v.custom<Clip>(isStoredClip),
  provider: v.custom<ProviderKind>(isProviderKind),
  target: lookupTargetSchema,
  keptAt: v.number(),
  audio: fileSchema,
  cover: v.nullable(fileSchema),
  peaks: v.nullable(storedPeaksSchema),
  timed: v.nullable(storedTimingsSchema),
});

export type KeptRecord = v.InferOutput<typeof keptRecordSchema>;

/** Bytes a kept clip takes on the device. */
export function keptBytes(record: KeptRecord): number {
  return record.audio.bytes + (record.cover?.bytes ?? 0);
}
