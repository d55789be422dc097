/**
 * Reads a new-api relay's task answer: `{code, message, data:{task_id, action, status,
 * fail_reason, progress, submit_time, finish_time, data:[…Suno clips…]}}`. `code` is
 * `"success"` (new-api), 0/200, or 1 with lower-case `processing`/`complete` (some resellers).
 * The batch answer carries a list of such tasks in `data`.
 */
import * as v from 'valibot';
import type { Clip, LookupResult } from '../clip';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { normalizeClipList } from './read/normalize-list';
import { lenient } from './read/raw-schemas';
import { failedTaskError } from './read/task-failure';

const text = lenient(v.string());

const taskSchema = v.object({
  task_id: text,
  status: text,
  fail_reason: text,
  data: v.optional(v.unknown()),
});

/** new-api's task words, in words the clip reader knows; the rest pass as sent. */
const TASK_WORDS: Readonly<Record<string, string>> = {
  NOT_START: 'submitted',
  SUBMITTED: 'submitted',
  QUEUED: 'queued',
  IN_PROGRESS: 'processing',
  FAILURE: 'error',
  SUCCESS: 'complete',
  UNKNOWN: 'unknown',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFailure(word: string): boolean {
  return ['failure', 'failed', 'error', 'fail'].includes(word.trim().toLowerCase());
}

/** Clips are `data` itself, or (in some relays) a Suno answer kept whole: `data.clips`. */
function rawClipsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && Array.isArray(data.clips)) return data.clips;
  return [];
}

function readTask(raw: unknown): LookupResult {
  const parsed = v.safeParse(taskSchema, raw);
  if (!parsed.success) {
    throw new ApiError('bad-response', 'The relay’s answer is not a task.');
  }
  const task = parsed.output;
  const word = task.status ?? '';
  const rawClips = rawClipsOf(task.data);
  if (isFailure(word) && rawClips.length === 0) throw failedTaskError(task.fail_reason, word);
  const fallbackStatus = TASK_WORDS[word.trim().toUpperCase()] ?? word;
  const list = normalizeClipList(rawClips, { fallbackStatus });
  // A failed task's unfinished clips failed with it, for the reason the relay gives.
  const clips = isFailure(word)
    ? list.clips.map((clip): Clip =>
        clip.status === 'complete'
          ? clip
          : { ...clip, status: 'error', errorMessage: clip.errorMessage ?? task.fail_reason },
      )
    : list.clips;
  return { taskId: task.task_id, taskStatus: word, clips, unusableClips: list.unusableClips };
}

function envelopeError(json: unknown): ApiError {
  const message = isRecord(json) && typeof json.message === 'string' ? json.message.trim() : '';
  const code = isRecord(json) ? json.code : undefined;
  if (message !== '') {
    const said = typeof code === 'string' && code !== message ? `${code}: ${message}` : message;
    return new ApiError('bad-response', `The relay answered: ${said.slice(0, 200)}`, {
      detail: message,
    });
  }
  return new ApiError('bad-response', 'The relay’s answer is not a Suno task.');
}

export function readNewApi(json: unknown): LookupResult {
  if (!isRecord(json)) throw envelopeError(json);
  const { data } = json;
  if (isRecord(data)) return readTask(data);
  if (!Array.isArray(data)) throw envelopeError(json);
  // The batch answer: every task's clips, in the relay's order.
  const results = data.map(readTask);
  const only = results.length === 1 ? results[0] : undefined;
  return {
    taskId: only?.taskId ?? null,
    taskStatus: only?.taskStatus ?? null,
    clips: results.flatMap((r) => r.clips),
    unusableClips: results.reduce((n, r) => n + r.unusableClips, 0),
  };
}

function looksLikeTask(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.task_id === 'string' &&
    !('callbackType' in value) &&
    ('status' in value || 'fail_reason' in value || 'action' in value)
  );
}

export const reader: ProviderReader = {
  readLookup: (json) => readNewApi(json),
  recognizes: (json) => {
    if (!isRecord(json)) return false;
    const { data } = json;
    return Array.isArray(data) ? data.length > 0 && data.every(looksLikeTask) : looksLikeTask(data);
  },
};
