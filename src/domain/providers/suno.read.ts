/** Reads Suno's external clips answer: a bare array of Suno clips, each with its `metadata`. */
import type { LookupResult } from '../clip';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { clipsAnswer } from './read/clips-answer';
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

export const reader: ProviderReader = {
  readLookup: (json, context) => clipsAnswer(normalizeSunoClips(json), context),
  recognizes: (json) => Array.isArray(json) && json.length > 0 && json.every(sunoClip),
};
