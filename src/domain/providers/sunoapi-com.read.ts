/** Reads sunoapi.com's clips answer: `{clips:[…clip with metadata…], num_total_results}`. */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { clipsAnswer } from './read/clips-answer';
import { normalizeClipList } from './read/normalize-list';
import { clipsResponseSchema } from './read/raw-schemas';

export function normalizeClipsResponse(json: unknown): LookupResult {
  const parsed = v.safeParse(clipsResponseSchema, json);
  if (!parsed.success) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return { taskId: null, taskStatus: null, ...normalizeClipList(parsed.output.clips) };
}

export const reader: ProviderReader = {
  readLookup: (json, context) => clipsAnswer(normalizeClipsResponse(json), context),
  recognizes: (json) =>
    typeof json === 'object' &&
    json !== null &&
    !('task_id' in json) &&
    Array.isArray((json as { clips?: unknown }).clips),
};
