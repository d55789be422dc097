/**
 * The sunoapi.org / kie.ai / apibox dialect: `GET …/api/v1/generate/record-info?taskId=` with
 * a Bearer key, answered from the same clips the reference dialect serves, in the camelCase
 * envelope with one status for the whole task; and the timestamped-lyrics call.
 */
import { normalizeTaskId } from '../../src/domain/ids.ts';
import { json, readBody, requestOrigin } from '../http-util.ts';
import { keyFingerprint } from '../quirks.ts';
import type { SimState } from '../sim-state.ts';
import type { TaskSpec } from '../task-spec.ts';
import { wordsOf } from './kit.ts';

export const ORG_PREFIX = '/sim/sunoapi-org';
export const ORG_RECORD_INFO_PATH = `${ORG_PREFIX}/api/v1/generate/record-info`;
export const ORG_TIMINGS_PATH = `${ORG_PREFIX}/api/v1/generate/get-timestamped-lyrics`;

type RefClip = Record<string, unknown> & { metadata?: Record<string, unknown> };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function authorized(request: Request): boolean {
  return /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '');
}

const UNAUTHORIZED = { code: 401, msg: 'You do not have access permissions', data: null };

/** `v4.5+` → `V4_5PLUS`, `v3.5` → `V3_5`: the model names this provider takes. */
function modelOf(version: string): string {
  return `V${version
    .replace(/^v/i, '')
    .replace('.', '_')
    .replace('+', 'PLUS')
    .replace(/-/g, '_')
    .toUpperCase()}`;
}

/** One status for the task: its slowest clip; failed clips drop out unless all failed. */
function taskWord(clips: readonly RefClip[]): string {
  const live = clips.filter((c) => c.status !== 'error');
  if (live.length === 0) {
    const moderated = clips.some((c) => c.metadata?.error_type === 'moderation');
    return moderated ? 'SENSITIVE_WORD_ERROR' : 'GENERATE_AUDIO_FAILED';
  }
  if (live.every((c) => c.status === 'complete')) return 'SUCCESS';
  if (live.some((c) => c.status === 'complete')) return 'FIRST_SUCCESS';
  if (live.some((c) => c.status === 'streaming')) return 'TEXT_SUCCESS';
  return 'PENDING';
}

function camelClip(clip: RefClip, origin: string): Record<string, unknown> {
  const meta = clip.metadata ?? {};
  const id = str(clip.id);
  const status = clip.status;
  const started = status === 'streaming' || status === 'complete';
  // The stream URL stays in the answer once the file is done (and then plays nothing).
  const stream = started ? `${origin}/sim/stream?item_id=${id}` : '';
  const audio = status === 'complete' ? str(clip.audio_url) : '';
  const image = str(clip.image_url);
  const duration = typeof meta.duration === 'number' && meta.duration > 0 ? meta.duration : null;
  return {
    id,
    audioUrl: audio,
    sourceAudioUrl: audio,
    streamAudioUrl: stream,
    sourceStreamAudioUrl: stream,
    imageUrl: image,
    sourceImageUrl: image,
    prompt: str(meta.prompt) || str(meta.lyric),
    modelName: clip.model_name,
    title: clip.title,
    tags: meta.tags,
    createTime: Date.parse(str(clip.created_at)),
    duration,
  };
}

function recordInfo(task: TaskSpec, clips: RefClip[], origin: string): Record<string, unknown> {
  const word = taskWord(clips);
  const failed = word.endsWith('_ERROR') || word.endsWith('_FAILED');
  const first = clips[0];
  const version = str(first?.major_model_version);
  const param = {
    prompt: task.prompt,
    style: str(first?.metadata?.tags),
    title: str(first?.title),
    customMode: false,
    instrumental: first?.metadata?.has_vocal === false,
    ...(version ? { model: modelOf(version) } : {}),
  };
  const live = clips.filter((c) => c.status !== 'error').map((c) => camelClip(c, origin));
  return {
    code: 200,
    msg: 'success',
    data: {
      taskId: task.id,
      parentMusicId: '',
      param: JSON.stringify(param),
      response: word === 'PENDING' || failed ? null : { taskId: task.id, sunoData: live },
      status: word,
      type: 'GENERATE',
      operationType: 'generate',
      errorCode: failed ? 400 : null,
      errorMessage: failed ? str(clips[0]?.metadata?.error_message) || null : null,
    },
  };
}

export function handleOrgRecordInfo(state: SimState, request: Request): Response {
  const raw = new URL(request.url).searchParams.get('taskId') ?? '';
  const taskId = normalizeTaskId(raw);
  const key = keyFingerprint(request.headers.get('authorization'));
  state.record('GET', ORG_RECORD_INFO_PATH, taskId ? [taskId] : [], key);
  if (!authorized(request)) return json(401, UNAUTHORIZED);
  if (raw.trim() === '') return json(200, { code: 400, msg: 'taskId is required', data: null });
  if (taskId === null) return json(200, { code: 404, msg: 'Task not found', data: null });
  const task = state.catalog.task(taskId);
  const origin = requestOrigin(request);
  const clips = task.clips.map((_, index) => state.clipJson({ task, index }, origin) as RefClip);
  return json(200, recordInfo(task, clips, origin));
}

function bodyOf(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Words for a finished clip with lyrics; empty lists for instrumentals and unfinished clips. */
export async function handleOrgTimings(state: SimState, request: Request): Promise<Response> {
  const body = bodyOf(await readBody(request));
  const audioId = str(body.audioId).trim().toLowerCase();
  const key = keyFingerprint(request.headers.get('authorization'));
  state.record('POST', ORG_TIMINGS_PATH, audioId ? [audioId] : [], key);
  if (!authorized(request)) return json(401, UNAUTHORIZED);
  if (!str(body.taskId) || !audioId) {
    return json(200, { code: 400, msg: 'taskId and audioId are required', data: null });
  }
  const ref = state.catalog.knownClip(audioId);
  if (!ref) return json(200, { code: 404, msg: 'Audio not found', data: null });
  const words = wordsOf(state, audioId);
  return json(200, {
    code: 200,
    msg: 'success',
    data: { alignedWords: words, waveformData: [], hootCer: 0, isStreamed: false },
  });
}
