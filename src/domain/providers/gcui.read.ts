/**
 * Reads gcui-art/suno-api's `/api/get` answer: a bare array of flattened clips (`lyric`,
 * `prompt`, `tags`, `duration` often a string like "191.5", `error_message` at the top).
 */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import type { AlignedWord } from '../timed-lyrics';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { clipsAnswer } from './read/clips-answer';
import { notTimings, readAlignedWords } from './read/aligned-words';
import { normalizeClipList } from './read/normalize-list';

/** It answers its own failures as `{error: "…"}`, sometimes with status 200. */
const refusalSchema = v.object({ error: v.string() });

export function normalizeGcuiClips(json: unknown): LookupResult {
  if (v.is(refusalSchema, json)) {
    throw new ApiError('server', 'The suno-api server could not ask Suno for the clips.');
  }
  if (!Array.isArray(json)) {
    throw new ApiError('bad-response', 'The provider’s answer is not a list of clips.');
  }
  return { taskId: null, taskStatus: null, ...normalizeClipList(json) };
}

const flatClip = (item: unknown) =>
  typeof item === 'object' &&
  item !== null &&
  !('metadata' in item) &&
  ('lyric' in item || 'gpt_description_prompt' in item);

/** `get_aligned_lyrics` passes Suno's word list on bare. */
export function readGcuiTimings(json: unknown): AlignedWord[] {
  if (v.is(refusalSchema, json)) {
    throw new ApiError('server', 'The suno-api server could not ask Suno for the lyric timings.');
  }
  if (!Array.isArray(json)) throw notTimings();
  return readAlignedWords(json);
}

export const reader: ProviderReader = {
  readLookup: (json, context) => clipsAnswer(normalizeGcuiClips(json), context),
  readTimings: readGcuiTimings,
  recognizes: (json) => Array.isArray(json) && json.length > 0 && json.every(flatClip),
};
