/**
 * Reads AceData's task answer: `{id, created_at, request:{…}, response:{success, task_id,
 * data:[clip…]}}`. Its clips are flat and renamed (`lyric`, `style`, `model`, a per-clip
 * `state`), and its `prompt` is the description the task was asked for, not the lyrics.
 */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import type { AlignedWord } from '../timed-lyrics';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { notTimings, readAlignedWords, wordListSchema } from './read/aligned-words';
import { normalizeClipList } from './read/normalize-list';
import { errorObjectSchema } from './read/raw-schemas';

const text = v.fallback(v.nullable(v.string()), null);
const flag = v.fallback(v.nullable(v.boolean()), null);

const aceClipSchema = v.object({
  lyric: text,
  prompt: text,
  style: text,
  model: text,
  model_name: text,
  state: text,
  status: text,
});

const aceTaskSchema = v.object({
  id: text,
  request: v.fallback(v.nullable(v.object({ prompt: text })), null),
  response: v.optional(
    v.nullable(
      v.object({
        success: flag,
        task_id: text,
        data: v.optional(v.unknown()),
        error: v.fallback(v.nullable(errorObjectSchema), null),
      }),
    ),
  ),
});

/** `{error: {code, message}, trace_id}`: what AceData answers when it refuses a call. */
const envelopeSchema = v.object({ error: errorObjectSchema });

/** A flat clip in Suno's words, so the shared clip reader reads it. */
function asSunoClip(raw: unknown, fallbackStatus: string | null): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const c = v.parse(aceClipSchema, raw);
  return {
    ...raw,
    prompt: c.lyric,
    tags: c.style ?? ('tags' in raw ? raw.tags : null),
    model_name: c.model_name ?? c.model,
    // Suno's own word is finer (streaming, complete) than AceData's state, when both come.
    status: c.status ?? c.state ?? fallbackStatus,
  };
}

/** The description the task was asked for: the request's echo, else a clip's own copy. */
function promptOf(requestPrompt: string | null, clips: readonly unknown[]): string | null {
  if (requestPrompt !== null) return requestPrompt;
  for (const raw of clips) {
    const c = v.safeParse(aceClipSchema, raw);
    // In custom mode a clip's prompt may be its lyrics; those are not a description.
    if (c.success && c.output.prompt !== null && c.output.prompt !== c.output.lyric) {
      return c.output.prompt;
    }
  }
  return null;
}

export function normalizeAceTask(json: unknown): LookupResult {
  const refusal = v.safeParse(envelopeSchema, json);
  if (refusal.success) {
    throw new ApiError('bad-response', 'AceData refused the call.', {
      detail: refusal.output.error,
    });
  }
  const parsed = v.safeParse(aceTaskSchema, json);
  if (!parsed.success || (parsed.output.id === null && !parsed.output.response)) {
    throw new ApiError('bad-response', 'The provider’s answer is not an AceData task.');
  }
  const { id, request, response } = parsed.output;
  const taskId = id ?? response?.task_id ?? null;
  // The task is recorded before its answer is: no response yet means it is still running.
  if (!response) return { taskId, taskStatus: 'pending', clips: [], unusableClips: 0 };
  const taskStatus =
    response.success === true ? 'succeeded' : response.success === false ? 'failed' : null;
  const data = response.data ?? [];
  if (!Array.isArray(data)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  if (response.success === false && data.length === 0) {
    throw new ApiError('bad-response', 'AceData says the task failed.', {
      detail: response.error,
    });
  }
  const raws = data.map((raw) => asSunoClip(raw, taskStatus));
  return {
    taskId,
    taskStatus,
    ...normalizeClipList(raws, { taskPrompt: promptOf(request?.prompt ?? null, data) }),
  };
}

/** `/suno/timing` answers `{success, task_id, data: {aligned_words}}`. */
const timingsSchema = v.object({ data: v.object({ aligned_words: wordListSchema }) });

export function readAceTimings(json: unknown): AlignedWord[] {
  const refusal = v.safeParse(envelopeSchema, json);
  if (refusal.success) {
    throw new ApiError('bad-response', 'AceData refused the call.', {
      detail: refusal.output.error,
    });
  }
  const parsed = v.safeParse(timingsSchema, json);
  if (!parsed.success) throw notTimings();
  return readAlignedWords(parsed.output.data.aligned_words);
}

export const reader: ProviderReader = {
  readLookup: (json) => normalizeAceTask(json),
  readTimings: readAceTimings,
  recognizes: (json) =>
    typeof json === 'object' &&
    json !== null &&
    'response' in json &&
    typeof json.response === 'object' &&
    json.response !== null &&
    'data' in json.response &&
    Array.isArray(json.response.data),
};
