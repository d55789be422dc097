/**
 * Reads sunoapi.org / kie.ai / apibox answers: the record-info envelope
 * `{code, msg, data:{taskId, status, param, response:{sunoData:[…]}, errorMessage}}` with
 * camelCase clips, and the callback body people paste,
 * `{code, msg, data:{callbackType, task_id, data:[…snake_case clips…]}}`. Status is the
 * task's, not the clip's, so each clip's state is worked out from the task word and its URLs.
 */
import * as v from 'valibot';
import type { LookupResult } from '../clip';
import type { AlignedWord } from '../timed-lyrics';
import { ApiError } from '../errors';
import type { ProviderReader } from './definition';
import { notTimings, readAlignedWords, wordListSchema } from './read/aligned-words';
import { normalizeClipList } from './read/normalize-list';
import { lenient } from './read/raw-schemas';
import { failedTaskError } from './read/task-failure';
import { isoTime } from './read/time';

const text = lenient(v.string());

const recordInfoSchema = v.object({
  msg: text,
  data: v.object({
    taskId: text,
    status: text,
    param: v.optional(v.unknown()),
    response: v.optional(v.unknown()),
    errorMessage: text,
  }),
});

const callbackSchema = v.object({
  msg: text,
  data: v.object({
    callbackType: v.string(),
    task_id: text,
    data: v.optional(v.unknown()),
  }),
});

/** How far the task is; record-info words and callback types both land here. */
type Stage = 'queued' | 'partial' | 'done' | 'failed' | 'unknown';

const STAGES: Readonly<Record<string, Stage>> = {
  pending: 'queued',
  text_success: 'partial',
  first_success: 'partial',
  success: 'done',
  create_task_failed: 'failed',
  generate_audio_failed: 'failed',
  callback_exception: 'failed',
  sensitive_word_error: 'failed',
  // Callback types.
  text: 'partial',
  first: 'partial',
  complete: 'done',
  error: 'failed',
};

function stageOf(word: string): Stage {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(STAGES, key) ? (STAGES[key] ?? 'unknown') : 'unknown';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of the keys holding a non-empty string. */
function pick(raw: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** `V4_5ALL` → `v4.5-all`, `V4_5PLUS` → `v4.5+`, `V6_MINI` → `v6-mini`; else as sent. */
export function versionOfModel(model: string): string {
  const m = /^V(\d+)(?:_(\d+))?_?([A-Z]*)$/i.exec(model.trim());
  if (!m) return model.trim();
  const base = `v${m[1] ?? ''}${m[2] ? `.${m[2]}` : ''}`;
  const suffix = (m[3] ?? '').toLowerCase();
  if (suffix === '') return base;
  return suffix === 'plus' ? `${base}+` : `${base}-${suffix}`;
}

interface TaskParam {
  model: string | null;
  /** The description a person gave; in custom mode `prompt` is their lyrics, already on clips. */
  description: string | null;
}

/** `param` is a JSON *string*; a broken one costs only what it would have told. */
function readParam(param: unknown): TaskParam {
  let parsed: unknown = param;
  if (typeof param === 'string') {
    try {
      parsed = JSON.parse(param);
    } catch {
      parsed = null;
    }
  }
  if (!isRecord(parsed)) return { model: null, description: null };
  const model = pick(parsed, 'model', 'mv');
  const description = parsed.customMode === true ? null : pick(parsed, 'prompt');
  return { model, description };
}

interface TaskState {
  stage: Stage;
  errorMessage: string | null;
  modelVersion: string | null;
}

function clipWord(stage: Stage, hasAudio: boolean, hasStream: boolean): string {
  switch (stage) {
    case 'queued':
      return 'queued';
    case 'partial':
      return hasAudio ? 'complete' : hasStream ? 'streaming' : 'queued';
    case 'done':
      return 'complete';
    case 'failed':
      return 'error';
    case 'unknown':
      return 'unknown';
  }
}

/** A camelCase (record-info) or snake_case (callback) clip, in the shape normalizeClip reads. */
function asSunoClip(raw: unknown, task: TaskState): unknown {
  if (!isRecord(raw)) return raw;
  const audio =
    pick(raw, 'audioUrl', 'audio_url') ?? pick(raw, 'sourceAudioUrl', 'source_audio_url');
  const stream =
    pick(raw, 'streamAudioUrl', 'stream_audio_url') ??
    pick(raw, 'sourceStreamAudioUrl', 'source_stream_audio_url');
  const status = clipWord(task.stage, audio !== null, stream !== null);
  // A finished task's stream URL answers with zero bytes: never fall back to it then.
  const playable = audio ?? (task.stage === 'done' ? null : stream);
  return {
    id: raw.id,
    title: raw.title,
    status,
    audio_url: playable,
    image_url:
      pick(raw, 'imageUrl', 'image_url') ?? pick(raw, 'sourceImageUrl', 'source_image_url'),
    model_name: pick(raw, 'modelName', 'model_name'),
    major_model_version: task.modelVersion,
    created_at: isoTime(raw.createTime ?? raw.create_time ?? raw.created_at),
    tags: raw.tags,
    prompt: raw.prompt,
    duration: raw.duration,
    error_message: status === 'error' ? task.errorMessage : null,
  };
}

function lookupOf(
  taskId: string | null,
  word: string,
  rawClips: unknown,
  task: TaskState,
  taskPrompt: string | null,
): LookupResult {
  const list = Array.isArray(rawClips) ? rawClips : [];
  if (task.stage === 'failed' && list.length === 0) throw failedTaskError(task.errorMessage, word);
  const normalized = normalizeClipList(
    list.map((raw) => asSunoClip(raw, task)),
    { taskPrompt },
  );
  return {
    taskId,
    taskStatus: word,
    clips: normalized.clips.map((clip) => ({ ...clip, rawStatus: word })),
    unusableClips: normalized.unusableClips,
  };
}

/** `response` is an object, null while pending, and on some hosts a JSON string. */
function sunoDataOf(response: unknown): unknown {
  let value = response;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = null;
    }
  }
  return isRecord(value) ? (value.sunoData ?? value.data ?? []) : [];
}

function envelopeError(json: unknown): ApiError {
  const code = isRecord(json) ? json.code : undefined;
  const msg = isRecord(json) ? pick(json, 'msg', 'message') : null;
  if (typeof code === 'number' && code !== 200 && msg !== null) {
    return new ApiError('bad-response', `The provider answered ${code}: ${msg.slice(0, 200)}`, {
      detail: msg,
    });
  }
  return new ApiError('bad-response', 'The provider’s answer is not a sunoapi.org task.');
}

export function readSunoapiOrg(json: unknown): LookupResult {
  const callback = v.safeParse(callbackSchema, json);
  if (callback.success) {
    const { data, msg } = callback.output;
    const stage = stageOf(data.callbackType);
    const task = { stage, errorMessage: stage === 'failed' ? msg : null, modelVersion: null };
    return lookupOf(data.task_id, data.callbackType, data.data, task, null);
  }
  const record = v.safeParse(recordInfoSchema, json);
  if (!record.success) throw envelopeError(json);
  const { data, msg } = record.output;
  const word = data.status ?? '';
  const param = readParam(data.param);
  const stage = stageOf(word);
  const task: TaskState = {
    stage,
    errorMessage: data.errorMessage ?? (stage === 'failed' ? msg : null),
    modelVersion: param.model === null ? null : versionOfModel(param.model),
  };
  return lookupOf(data.taskId, word, sunoDataOf(data.response), task, param.description);
}

/** `{code, msg, data: {alignedWords, waveformData, hootCer, isStreamed}}`: camelCase around snake_case words. */
const timingsSchema = v.object({ data: v.object({ alignedWords: wordListSchema }) });

export function readOrgTimings(json: unknown): AlignedWord[] {
  const parsed = v.safeParse(timingsSchema, json);
  if (parsed.success) return readAlignedWords(parsed.output.data.alignedWords);
  const code = isRecord(json) ? json.code : undefined;
  throw typeof code === 'number' && code !== 200 ? envelopeError(json) : notTimings();
}

export const reader: ProviderReader = {
  readLookup: (json) => readSunoapiOrg(json),
  readTimings: readOrgTimings,
  recognizes: (json) => {
    if (!isRecord(json) || !isRecord(json.data)) return false;
    const { data } = json;
    if (typeof data.callbackType === 'string') return 'task_id' in data;
    return typeof data.taskId === 'string' && ('response' in data || 'param' in data);
  },
};
