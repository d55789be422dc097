/** Reads sunoapi.co's task answer: `{code, task_id, status, prompt:{prompt}, clips:[…]}`. */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { normalizeClipList } from './read/normalize-list';
import { taskResponseSchema } from './read/raw-schemas';

export function normalizeTaskResponse(json: unknown): LookupResult {
  const parsed = v.safeParse(taskResponseSchema, json);
  if (!parsed.success) {
    throw new ApiError('bad-response', 'The provider’s answer is not a task object.');
  }
  const task = parsed.output;
  const taskId = task.task_id;
  const status = task.status;
  const prompt = task.prompt?.prompt ?? null;
  const clips = task.clips;
  const hasTaskFields = taskId !== null || status !== null;
  // Right after submission a task may exist before its clips do; that is "no clips yet".
  if ((clips === undefined || clips === null) && hasTaskFields) {
    return { taskId, taskStatus: status, clips: [], unusableClips: 0 };
  }
  if (!Array.isArray(clips)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return {
    taskId,
    taskStatus: status,
    ...normalizeClipList(clips, { taskPrompt: prompt, fallbackStatus: status }),
  };
}

export const reader: ProviderReader = {
  readLookup: (json) => normalizeTaskResponse(json),
  recognizes: (json) =>
    typeof json === 'object' &&
    json !== null &&
    'task_id' in json &&
    Array.isArray((json as { clips?: unknown }).clips),
};
