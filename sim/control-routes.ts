import { validSpeed } from './clock.ts';
import { DEMO_TASKS } from './demo-tasks.ts';
import { json, readBody } from './http-util.ts';
import type { SimState } from './sim-state.ts';

export const CONTROL_PREFIX = '/sim/control/';

/** Test hooks: inspect requests, reset clocks, change speed. */
export async function handleControl(
  state: SimState,
  request: Request,
  action: string,
): Promise<Response> {
  if (request.method === 'GET' && action === 'requests') {
    const requests = state.requests();
    return json(200, { count: requests.length, requests });
  }
  if (request.method === 'GET' && action === 'state') {
    return json(200, { speed: state.clock.speed, demoTasks: DEMO_TASKS });
  }
  if (request.method === 'POST' && action === 'reset') {
    const ids = resetIds(await readBody(request));
    state.reset(ids);
    return json(200, { ok: true, ids: ids ?? 'all' });
  }
  if (request.method === 'POST' && action === 'speed') {
    let speed: unknown;
    try {
      const body: unknown = JSON.parse(await readBody(request));
      speed = typeof body === 'object' && body !== null && 'speed' in body ? body.speed : undefined;
      state.clock.setSpeed(validSpeed(Number(speed)));
    } catch {
      return json(400, { code: 400, message: 'expected {"speed": <positive number>}' });
    }
    return json(200, { ok: true, speed: state.clock.speed });
  }
  return json(404, { code: 404, message: 'Unknown control action' });
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
