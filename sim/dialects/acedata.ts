/**
 * AceData's dialect: `POST /suno/tasks` (`retrieve` one task, `retrieve_batch` several) and
 * `POST /suno/timing`, Bearer keys, refusals as `{error: {code, message}, trace_id}`.
 */
import { taskStatus, type ClipStatus } from '../clock.ts';
import { requestOrigin } from '../http-util.ts';
import { deterministicUuid, isUuid, normalizeId } from '../ids.ts';
import type { SimState } from '../sim-state.ts';
import {
  MAX_IDS,
  hasBearer,
  json,
  jsonBody,
  lyricsOf,
  record,
  render,
  wordsOf,
  type DialectRoute,
  type SunoClipJson,
} from './kit.ts';

/** AceData's words for where a clip is; the finer Suno word is not passed on. */
const STATES: Readonly<Record<string, string>> = {
  submitted: 'pending',
  queued: 'pending',
  streaming: 'processing',
  complete: 'succeeded',
  error: 'failed',
};

const refusal = (status: number, code: string, message: string) =>
  json(status, { error: { code, message }, trace_id: deterministicUuid(`${code}:${message}`) });

function aceClip(clip: SunoClipJson, prompt: string): Record<string, unknown> {
  const { metadata } = clip;
  return {
    id: clip.id,
    title: clip.title,
    image_url: clip.image_url,
    lyric: lyricsOf(clip),
    audio_url: clip.audio_url,
    video_url: clip.video_url,
    created_at: clip.created_at,
    model: clip.model_name,
    prompt,
    style: metadata.tags,
    duration: metadata.duration,
    state: STATES[String(clip.status)] ?? 'pending',
  };
}

function taskAnswer(state: SimState, taskId: string, origin: string): Record<string, unknown> {
  const task = state.catalog.task(taskId);
  const clips = task.clips.map((_, index) => render(state, { task, index }, origin));
  const status = taskStatus(clips.map((clip) => clip.status as ClipStatus));
  const created = clips[0]?.created_at;
  return {
    id: task.id,
    created_at: typeof created === 'string' ? Date.parse(created) / 1000 : null,
    request: { action: 'generate', prompt: task.prompt },
    response: {
      // AceData reports success once the task has its clips; each clip says how far it is.
      success: status !== 'error',
      task_id: task.id,
      data: clips.map((clip) => aceClip(clip, task.prompt)),
    },
  };
}

async function handleTasks(state: SimState, request: Request): Promise<Response> {
  const body = await jsonBody(request);
  const one = typeof body?.id === 'string' ? normalizeId(body.id) : null;
  const many = Array.isArray(body?.ids)
    ? body.ids.filter((id): id is string => typeof id === 'string').map(normalizeId)
    : null;
  record(state, request, one ? [one] : (many ?? []));
  if (!hasBearer(request)) return refusal(401, 'invalid_token', 'Invalid or missing token');
  if (body === null) return refusal(400, 'bad_request', 'The body is not JSON');
  const origin = requestOrigin(request);
  if (body.action === 'retrieve' && one !== null) {
    if (!isUuid(one)) return refusal(404, 'not_found', 'Task not found');
    return json(200, taskAnswer(state, one, origin));
  }
  if (body.action === 'retrieve_batch' && many !== null && many.length <= MAX_IDS) {
    const items = many.filter(isUuid).map((id) => taskAnswer(state, id, origin));
    return json(200, { items, count: items.length });
  }
  return refusal(400, 'bad_request', 'Expected {id, action: "retrieve"} or {ids, action}');
}

async function handleTiming(state: SimState, request: Request): Promise<Response> {
  const body = await jsonBody(request);
  const id = typeof body?.audio_id === 'string' ? normalizeId(body.audio_id) : '';
  record(state, request, id ? [id] : []);
  if (!hasBearer(request)) return refusal(401, 'invalid_token', 'Invalid or missing token');
  if (!isUuid(id)) return refusal(400, 'bad_request', 'audio_id is required');
  return json(200, {
    success: true,
    task_id: deterministicUuid(`timing:${id}`),
    data: { aligned_words: wordsOf(state, id) },
  });
}

export const ACEDATA_ROUTES: readonly DialectRoute[] = [
  { method: 'POST', path: '/suno/tasks', handle: handleTasks },
  { method: 'POST', path: '/suno/timing', handle: handleTiming },
];
