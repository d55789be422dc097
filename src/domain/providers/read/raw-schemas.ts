/**
 * The providers' raw shapes, as valibot schemas. Providers are sloppy, so every optional field
 * is lenient: a value of the wrong type becomes null and costs that one field, never the clip.
 * Only what cannot be a clip (no ID) or a response that is not clips is refused.
 */
import * as v from 'valibot';

/** The value when it has the schema's type, else null (missing, null or wrong type). */
export function lenient<T>(schema: v.GenericSchema<unknown, T>) {
  return v.fallback(v.nullable(schema), null);
}

const text = lenient(v.string());
const flag = lenient(v.boolean());
const count = lenient(v.pipe(v.number(), v.finite()));
/** Providers send durations and offsets as numbers or as strings ("191.5"). */
const numeric = lenient(v.union([v.pipe(v.number(), v.finite()), v.string()]));

export const historyEntrySchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  type: text,
  source: text,
  infill: flag,
  continue_at: numeric,
});

/** `clip_roots`: the clips a remix or cover credits, with their titles. */
export const clipRootsSchema = v.object({
  clips: lenient(v.array(v.unknown())),
  clip_attribution_type: text,
});

export const clipRootSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  title: text,
});

/** Fields Suno puts in `metadata` (sunoapi.com) or at the top of a flat clip (sunoapi.co). */
export const clipFieldsSchema = v.object({
  tags: v.optional(v.unknown()),
  prompt: text,
  /** Wrappers in the gcui style put lyrics here instead of `prompt`. */
  lyric: text,
  gpt_description_prompt: text,
  audio_prompt_id: text,
  type: text,
  history: v.optional(v.unknown()),
  concat_history: v.optional(v.unknown()),
  error_type: text,
  error_message: text,
  duration: numeric,
  has_vocal: flag,
  // What newer models say about how a clip was made from another.
  task: text,
  cover_clip_id: text,
  upsample_clip_id: text,
  remaster_clip_id: text,
  edited_clip_id: text,
  speed_clip_id: text,
  override_history_clip_id: text,
  clip_roots: lenient(clipRootsSchema),
});

export const rawClipSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  title: text,
  status: text,
  handle: text,
  display_name: text,
  avatar_image_url: v.optional(v.unknown()),
  audio_url: v.optional(v.unknown()),
  video_url: v.optional(v.unknown()),
  image_url: v.optional(v.unknown()),
  image_large_url: v.optional(v.unknown()),
  is_video_pending: flag,
  model_name: text,
  major_model_version: text,
  created_at: text,
  play_count: count,
  upvote_count: count,
  is_public: flag,
  metadata: lenient(clipFieldsSchema),
});

/** sunoapi.co's task query answer. */
export const taskResponseSchema = v.object({
  task_id: text,
  status: text,
  prompt: lenient(v.object({ prompt: text })),
  clips: v.optional(v.unknown()),
});

/** sunoapi.com's clips answer. */
export const clipsResponseSchema = v.object({ clips: v.array(v.unknown()) });

export type RawClip = v.InferOutput<typeof rawClipSchema>;
export type ClipFields = v.InferOutput<typeof clipFieldsSchema>;

/** `{error: {code, message}}` (AceData's envelope) reads as its message, else as its code. */
export const errorObjectSchema = v.pipe(
  v.object({ code: lenient(v.union([v.string(), v.number()])), message: text }),
  v.transform(({ code, message }) =>
    message !== null && message.trim() !== '' ? message : code === null ? null : `error ${code}`,
  ),
);

/** What providers put in an error answer (or in a 200 that is really an error). */
export const providerErrorSchema = v.object({
  code: lenient(v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d{3}$/))])),
  message: text,
  msg: text,
  error: lenient(v.union([v.string(), errorObjectSchema])),
  detail: text,
});
