/**
 * The new-api relay dialect: `GET …/suno/fetch/{id}` and `POST …/suno/fetch {"ids": […]}` with
 * a Bearer token, answering with the relay's task envelope around the same raw Suno clips the
 * reference dialect serves.
 */
import { normalizeTaskId } from '../../src/domain/ids.ts';
import { taskStatus, type ClipStatus } from '../clock.ts';
import { json, readBody, requestOrigin } from '../http-util.ts';
import { keyFingerprint } from '../quirks.ts';
import type { SimState } from '../sim-state.ts';

export const NEW_API_FETCH_PATH = '/sim/new-api/suno/fetch';
const MAX_IDS = 20;

const UNAUTHORIZED = { code: 'unauthorized', message: 'Invalid token', data: null };
const NOT_FOUND = { code: 'task_not_exist', message: 'task_not_exist', data: null };

const TASK_WORDS: Readonly<Record<ClipStatus, string>> = {
  submitted: 'SUBMITTED',
  queued: 'QUEUED',
  streaming: 'IN_PROGRESS',
  complete: 'SUCCESS',
  error: 'FAILURE',
};

const PROGRESS: Readonly<Record<ClipStatus, string>> = {
  submitted: '0%',
  queued: '10%',
  streaming: '50%',
  complete: '100%',
  error: '100%',
};

function authorized(request: Request): boolean {
  return /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '');
}

function relayTask(state: SimState, taskId: string, origin: string): Record<string, unknown> {
  const task = state.catalog.task(taskId);
  const clips = task.clips.map((_, index) => state.clipJson({ task, index }, origin));
  const slowest = taskStatus(clips.map((clip) => clip.status as ClipStatus));
  const submitted = Math.floor(Date.parse(String(clips[0]?.created_at ?? '')) / 1000) || 0;
  const failed = slowest === 'error';
  const firstError = clips
    .map((clip) => (clip.metadata as Record<string, unknown> | undefined)?.error_message)
    .find((message) => typeof message === 'string');
  return {
    task_id: task.id,
    action: 'MUSIC',
    status: TASK_WORDS[slowest],
    fail_reason: failed ? (firstError ?? 'generation failed') : '',
    submit_time: submitted,
    start_time: submitted,
    finish_time: slowest === 'complete' || failed ? Math.floor(Date.now() / 1000) : 0,
    progress: PROGRESS[slowest],
    // Relays add the clip's state and ID beside Suno's own fields.
    data: clips.map((clip) => ({ ...clip, state: clip.status, clip_id: clip.id })),
  };
}

export function handleNewApiFetch(state: SimState, request: Request, rawId: string): Response {
  const taskId = normalizeTaskId(decodeURIComponent(rawId));
  const key = keyFingerprint(request.headers.get('authorization'));
  state.record('GET', NEW_API_FETCH_PATH, taskId ? [taskId] : [], key);
  if (!authorized(request)) return json(401, UNAUTHORIZED);
  if (taskId === null) return json(400, NOT_FOUND);
  const data = relayTask(state, taskId, requestOrigin(request));
  return json(200, { code: 'success', message: '', data });
}

export async function handleNewApiBatch(state: SimState, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    body = undefined;
  }
  const rawIds =
    typeof body === 'object' && body !== null && 'ids' in body && Array.isArray(body.ids)
      ? (body.ids as unknown[])
      : [];
  const ids = rawIds.map(normalizeTaskId).filter((id): id is string => id !== null);
  const key = keyFingerprint(request.headers.get('authorization'));
  state.record('POST', NEW_API_FETCH_PATH, ids.slice(0, MAX_IDS), key);
  if (!authorized(request)) return json(401, UNAUTHORIZED);
  if (body === undefined) return json(400, { code: 'invalid_request', message: 'invalid JSON' });
  if (ids.length > MAX_IDS) {
    return json(400, { code: 'invalid_request', message: `at most ${MAX_IDS} ids` });
  }
  const origin = requestOrigin(request);
  const data = ids.map((id) => relayTask(state, id, origin));
  return json(200, { code: 'success', message: '', data });
}
