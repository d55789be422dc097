import { describe, expect, it } from 'vitest';
import { simulatorApp } from '../app.ts';
import { SimState } from '../sim-state.ts';
import { readBothWays } from './conformance.test-helper.ts';

const NEON = '5a1e0001-0000-4000-8000-000000000001';
const KEY = { Authorization: 'Bearer conformance-key' };

function simulatorAt(taskId: string, secondsAgo: number) {
  const state = new SimState(1);
  state.clocks.startedAgo(`task:${taskId}`, secondsAgo);
  return simulatorApp({ state, control: false });
}

describe('new-api dialect', () => {
  it('reads the demo task back exactly as the reference reads it once complete', async () => {
    const app = simulatorAt(NEON, 1000);
    const { reference, dialect } = await readBothWays(app, 'new-api', 'task', [NEON]);
    expect(reference.map((c) => c.status)).toEqual(['complete', 'complete']);
    // The relay passes Suno's clips on whole; only the task prompt is not among them.
    expect(dialect).toEqual(reference.map((clip) => ({ ...clip, taskPrompt: null })));
  });

  it('answers the batch call with one task per ID', async () => {
    const app = simulatorAt(NEON, 1000);
    const response = await app.request('http://sim.test/sim/new-api/suno/fetch', {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [NEON, 'task_0123456789abcdefghij'] }),
    });
    const body = (await response.json()) as { code: string; data: { status: string }[] };
    expect(body.code).toBe('success');
    expect(body.data.map((t) => t.status)).toEqual(['SUCCESS', 'SUBMITTED']);
  });

  it('refuses a missing key and an ID that is not one', async () => {
    const app = simulatorAt(NEON, 0);
    expect((await app.request(`http://sim.test/sim/new-api/suno/fetch/${NEON}`)).status).toBe(401);
    const bad = await app.request('http://sim.test/sim/new-api/suno/fetch/nope', { headers: KEY });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'task_not_exist' });
  });
});
