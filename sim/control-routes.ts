import type { IncomingMessage, ServerResponse } from 'node:http';
import { validSpeed } from './clock.ts';
import { DEMO_TASKS } from './demo-tasks.ts';
import { readBody, sendJson } from './http-util.ts';
import type { SimState } from './sim-state.ts';

export const CONTROL_PREFIX = '/sim/control/';

/** Test hooks: inspect requests, reset clocks, change speed. */
export async function handleControl(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  action: string,
): Promise<void> {
  if (req.method === 'GET' && action === 'requests') {
    const requests = state.requests();
    return sendJson(res, 200, { count: requests.length, requests });
  }
  if (req.method === 'GET' && action === 'state') {
    return sendJson(res, 200, { speed: state.clock.speed, demoTasks: DEMO_TASKS });
  }
  if (req.method === 'POST' && action === 'reset') {
    const ids = resetIds(await readBody(req));
    state.reset(ids);
    return sendJson(res, 200, { ok: true, ids: ids ?? 'all' });
  }
  if (req.method === 'POST' && action === 'speed') {
    let speed: unknown;
    try {
      const body: unknown = JSON.parse(await readBody(req));
      speed = typeof body === 'object' && body !== null && 'speed' in body ? body.speed : undefined;
      state.clock.setSpeed(validSpeed(Number(speed)));
    } catch {
      return sendJson(res, 400, { code: 400, message: 'expected {"speed": <positive number>}' });
    }
    return sendJson(res, 200, { ok: true, speed: state.clock.speed });
  }
  return sendJson(res, 404, { code: 404, message: 'Unknown control action' });
}

/** `{"ids": [...]}` resets only those tasks or clips; an empty or other body resets everything. */
function resetIds(body: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('ids' in parsed)) return undefined;
    const ids = parsed.ids;
    if (!Array.isArray(ids)) return undefined;
    const clean = ids
      .filter((id): id is string => typeof id === 'string')
      .map((id) => id.toLowerCase());
    return clean.length > 0 ? clean : undefined;
  } catch {
    return undefined;
  }
}
