import type { IncomingMessage, ServerResponse } from 'node:http';
import { taskStatus, type ClipStatus } from './clock.ts';
import {
  FAULT_HEADER,
  faultAction,
  faultForId,
  faultFromHeader,
  stallFor,
  type FaultName,
} from './faults.ts';
import {
  closeSignal,
  headerValue,
  readBody,
  requestOrigin,
  sendJson,
  sendJsonText,
  wait,
} from './http-util.ts';
import { isUuid, normalizeId } from './ids.ts';
import type { SimState } from './sim-state.ts';

export const CO_QUERY_PATH = '/sim/sunoapi-co/suno/v3.5/music/query';
export const COM_CLIPS_PATH = '/sim/sunoapi-com/api/v2/suno/v3.5/clips';
const MAX_IDS = 20;

const UNAUTHORIZED = { code: 401, message: 'Unauthorized' };

interface FaultOutcome {
  /** The fault already answered (or the client left); nothing more to send. */
  done: boolean;
  /** Send the normal answer, but cut in half. */
  truncate: boolean;
}

async function applyFault(
  state: SimState,
  res: ServerResponse,
  fault: FaultName | undefined,
  counterKey: string,
  notFoundMessage: string,
): Promise<FaultOutcome> {
  const action = faultAction(fault, state.faults.next(counterKey), notFoundMessage);
  const signal = closeSignal(res);
  switch (action.kind) {
    case 'normal':
      return { done: false, truncate: false };
    case 'truncate':
      return { done: false, truncate: true };
    case 'reply':
      sendJson(res, action.status, action.body, action.headers);
      return { done: true, truncate: false };
    case 'delay':
      await wait(action.ms, signal);
      return { done: signal.aborted, truncate: false };
    case 'hang':
      await wait(action.ms, signal);
      if (!signal.aborted) sendJson(res, 504, { code: 504, message: 'Gateway Timeout' });
      return { done: true, truncate: false };
  }
}

function sendMaybeTruncated(res: ServerResponse, body: unknown, truncate: boolean): void {
  const text = JSON.stringify(body);
  sendJsonText(res, 200, truncate ? text.slice(0, Math.floor(text.length / 2)) : text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** sunoapi.co: POST …/suno/v3.5/music/query {"task_id"} with `Authorization: <key>`. */
export async function handleCoQuery(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = parseJson(await readBody(req));
  const rawTaskId =
    typeof body === 'object' &&
    body !== null &&
    'task_id' in body &&
    typeof body.task_id === 'string'
      ? normalizeId(body.task_id)
      : undefined;
  state.record('POST', CO_QUERY_PATH, rawTaskId ? [rawTaskId] : []);

  if (!headerValue(req, 'authorization')?.trim()) return sendJson(res, 401, UNAUTHORIZED);
  if (body === undefined) return sendJson(res, 400, { code: 400, message: 'Invalid JSON body' });
  if (!rawTaskId) return sendJson(res, 400, { code: 400, message: 'task_id is required' });
  if (!isUuid(rawTaskId)) return sendJson(res, 404, { code: 404, message: 'Task not found' });

  const headerFault = faultFromHeader(req.headers[FAULT_HEADER]);
  const fault = headerFault ?? faultForId(rawTaskId);
  const counterKey = headerFault ? `header:${headerFault}:${rawTaskId}` : `id:${rawTaskId}`;
  const outcome = await applyFault(state, res, fault, counterKey, 'Task not found');
  if (outcome.done) return;

  const task = state.catalog.task(rawTaskId);
  const origin = requestOrigin(req);
  const clips = task.clips.map((_, index) =>
    state.clipJson({ task, index }, origin, stallFor(headerFault)),
  );
  sendMaybeTruncated(
    res,
    {
      code: 200,
      task_id: task.id,
      status: taskStatus(clips.map((clip) => clip.status as ClipStatus)),
      prompt: { prompt: task.prompt },
      clips,
    },
    outcome.truncate,
  );
}

/** sunoapi.com: GET …/api/v2/suno/v3.5/clips?ids=a,b with `Authorization: Bearer <key>`. */
export async function handleComClips(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const ids = (url.searchParams.get('ids') ?? '')
    .split(',')
    .map(normalizeId)
    .filter((id) => id.length > 0);
  state.record('GET', COM_CLIPS_PATH, ids.slice(0, MAX_IDS));

  if (!/^Bearer\s+\S+/i.test(headerValue(req, 'authorization') ?? '')) {
    return sendJson(res, 401, UNAUTHORIZED);
  }
  if (ids.length === 0) return sendJson(res, 400, { code: 400, message: 'ids is required' });
  if (ids.length > MAX_IDS) {
    return sendJson(res, 400, { code: 400, message: `at most ${MAX_IDS} ids per request` });
  }
  if (!ids.every(isUuid)) return sendJson(res, 400, { code: 400, message: 'Invalid clip id' });

  const headerFault = faultFromHeader(req.headers[FAULT_HEADER]);
  const faultyId = ids.find((id) => faultForId(id) !== undefined);
  const fault = headerFault ?? (faultyId ? faultForId(faultyId) : undefined);
  const counterKey = headerFault ? `header:${headerFault}:${ids.join(',')}` : `id:${faultyId}`;
  const outcome = await applyFault(state, res, fault, counterKey, 'Clip not found');
  if (outcome.done) return;

  const origin = requestOrigin(req);
  const clips = ids.map((id) =>
    state.clipJson(state.catalog.clip(id), origin, stallFor(headerFault)),
  );
  sendMaybeTruncated(
    res,
    { clips, num_total_results: clips.length, current_page: 0 },
    outcome.truncate,
  );
}
