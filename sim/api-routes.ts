import { taskStatus, type ClipStatus } from './clock.ts';
import { FAULT_HEADER, faultAction, faultFromHeader, stallFor, type FaultName } from './faults.ts';
import { json, jsonText, readBody, requestOrigin, wait } from './http-util.ts';
import { isUuid, normalizeId } from './ids.ts';
import { echoesClips, keyFingerprint, withEchoes } from './quirks.ts';
import type { SimState } from './sim-state.ts';

export const CO_QUERY_PATH = '/sim/sunoapi-co/suno/v3.5/music/query';
export const COM_CLIPS_PATH = '/sim/sunoapi-com/api/v2/suno/v3.5/clips';
const MAX_IDS = 20;

const UNAUTHORIZED = { code: 401, message: 'Unauthorized' };

interface FaultOutcome {
  /** The fault's own answer, if it gives one instead of the normal answer. */
  response?: Response;
  /** Send the normal answer, but cut in half. */
  truncate: boolean;
}

/** A 499-style answer for a client that left while a fault kept it waiting; nobody reads it. */
const CLIENT_GONE = () => new Response(null, { status: 499 });

async function applyFault(
  state: SimState,
  request: Request,
  fault: FaultName | undefined,
  counterKey: string,
  notFoundMessage: string,
): Promise<FaultOutcome> {
  // Only faults are counted: ordinary IDs leave nothing behind.
  const count = fault ? state.faults.next(counterKey) : 0;
  const action = faultAction(fault, count, notFoundMessage);
  const { signal } = request;
  switch (action.kind) {
    case 'normal':
      return { truncate: false };
    case 'truncate':
      return { truncate: true };
    case 'reply':
      return { response: json(action.status, action.body, action.headers), truncate: false };
    case 'delay':
      await wait(action.ms, signal);
      return signal.aborted ? { response: CLIENT_GONE(), truncate: false } : { truncate: false };
    case 'hang':
      await wait(action.ms, signal);
      return {
        response: signal.aborted
          ? CLIENT_GONE()
          : json(504, { code: 504, message: 'Gateway Timeout' }),
        truncate: false,
      };
  }
}

/** `x-sim-fault`, honoured only where faults exist (development and tests). */
function headerFaultOf(state: SimState, request: Request): FaultName | undefined {
  if (!state.testTasks) return undefined;
  return faultFromHeader(request.headers.get(FAULT_HEADER) ?? undefined);
}

function maybeTruncated(body: unknown, truncate: boolean): Response {
  const text = JSON.stringify(body);
  return jsonText(200, truncate ? text.slice(0, Math.floor(text.length / 2)) : text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** sunoapi.co: POST …/suno/v3.5/music/query {"task_id"} with `Authorization: <key>`. */
export async function handleCoQuery(state: SimState, request: Request): Promise<Response> {
  const body = parseJson(await readBody(request));
  const rawTaskId =
    typeof body === 'object' &&
    body !== null &&
    'task_id' in body &&
    typeof body.task_id === 'string'
      ? normalizeId(body.task_id)
      : undefined;
  state.record(
    'POST',
    CO_QUERY_PATH,
    rawTaskId ? [rawTaskId] : [],
    keyFingerprint(request.headers.get('authorization')),
  );

  if (!request.headers.get('authorization')?.trim()) return json(401, UNAUTHORIZED);
  if (body === undefined) return json(400, { code: 400, message: 'Invalid JSON body' });
  if (!rawTaskId) return json(400, { code: 400, message: 'task_id is required' });
  if (!isUuid(rawTaskId)) return json(404, { code: 404, message: 'Task not found' });

  const headerFault = headerFaultOf(state, request);
  const fault = headerFault ?? state.faultFor(rawTaskId);
  const counterKey = headerFault ? `header:${headerFault}:${rawTaskId}` : `id:${rawTaskId}`;
  const outcome = await applyFault(state, request, fault, counterKey, 'Task not found');
  if (outcome.response) return outcome.response;

  const task = state.catalog.task(rawTaskId);
  const origin = requestOrigin(request);
  const clips = task.clips.map((_, index) =>
    state.clipJson({ task, index }, origin, stallFor(headerFault)),
  );
  return maybeTruncated(
    {
      code: 200,
      task_id: task.id,
      status: taskStatus(clips.map((clip) => clip.status as ClipStatus)),
      prompt: { prompt: task.prompt },
      clips: echoesClips([task.id]) ? withEchoes(clips) : clips,
    },
    outcome.truncate,
  );
}

/** sunoapi.com: GET …/api/v2/suno/v3.5/clips?ids=a,b with `Authorization: Bearer <key>`. */
export async function handleComClips(state: SimState, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const ids = (url.searchParams.get('ids') ?? '')
    .split(',')
    .map(normalizeId)
    .filter((id) => id.length > 0);
  state.record(
    'GET',
    COM_CLIPS_PATH,
    ids.slice(0, MAX_IDS),
    keyFingerprint(request.headers.get('authorization')),
  );

  if (!/^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '')) {
    return json(401, UNAUTHORIZED);
  }
  if (ids.length === 0) return json(400, { code: 400, message: 'ids is required' });
  if (ids.length > MAX_IDS) {
    return json(400, { code: 400, message: `at most ${MAX_IDS} ids per request` });
  }
  if (!ids.every(isUuid)) return json(400, { code: 400, message: 'Invalid clip id' });

  const headerFault = headerFaultOf(state, request);
  const faultyId = ids.find((id) => state.faultFor(id) !== undefined);
  const fault = headerFault ?? (faultyId ? state.faultFor(faultyId) : undefined);
  const counterKey = headerFault ? `header:${headerFault}:${ids.join(',')}` : `id:${faultyId}`;
  const outcome = await applyFault(state, request, fault, counterKey, 'Clip not found');
  if (outcome.response) return outcome.response;

  const origin = requestOrigin(request);
  const clips = ids.map((id) =>
    state.clipJson(state.catalog.clip(id), origin, stallFor(headerFault)),
  );
  const answer = echoesClips(ids) ? withEchoes(clips) : clips;
  return maybeTruncated(
    { clips: answer, num_total_results: answer.length, current_page: 0 },
    outcome.truncate,
  );
}
