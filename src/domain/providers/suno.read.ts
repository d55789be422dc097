/** Reads Suno's external clips answer: a bare array of Suno clips, each with its `metadata`. */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import type { AlignedWord } from '../timed-lyrics';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { clipsAnswer } from './read/clips-answer';
import { notTimings, readAlignedWords } from './read/aligned-words';
import { normalizeClipList } from './read/normalize-list';

export function normalizeSunoClips(json: unknown): LookupResult {
  if (!Array.isArray(json)) {
    throw new ApiError('bad-response', 'The provider’s answer is not a list of clips.');
  }
  return { taskId: null, taskStatus: null, ...normalizeClipList(json) };
}

const sunoClip = (item: unknown) =>
  typeof item === 'object' &&
  item !== null &&
  'metadata' in item &&
  typeof item.metadata === 'object' &&
  item.metadata !== null;

/**
 * `aligned_lyrics/v2/` answers `{aligned_words, aligned_lyrics}`; the lines are rebuilt from
 * the words, as for every provider, so the words are all that is read.
 */
const timingsSchema = v.object({ aligned_words: v.array(v.unknown()) });

export function readSunoTimings(json: unknown): AlignedWord[] {
  const parsed = v.safeParse(timingsSchema, json);
  if (!parsed.success) throw notTimings();
  return readAlignedWords(parsed.output.aligned_words);
}

export const reader: ProviderReader = {
  readLookup: (json, context) => clipsAnswer(normalizeSunoClips(json), context),
  readTimings: readSunoTimings,
  recognizes: (json) => Array.isArray(json) && json.length > 0 && json.every(sunoClip),
};
