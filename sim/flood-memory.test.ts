import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CO_QUERY_PATH, COM_CLIPS_PATH } from './api-routes.ts';
import { simulatorApp } from './app.ts';
import { FLOOD_PROBATION_MS } from './bounded-map.ts';
import { SimState } from './sim-state.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function liveHeapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** One made-up ID of each kind a flood sends: a task lookup and a clip lookup. */
async function floodPair(app: ReturnType<typeof simulatorApp>): Promise<void> {
  const task = await app.request(CO_QUERY_PATH, {
    method: 'POST',
    headers: { Authorization: 'k', 'Content-Type': 'application/json' },
    body: JSON.stringify({ task_id: randomUUID() }),
  });
  const clip = await app.request(`${COM_CLIPS_PATH}?ids=${randomUUID()}`, {
    headers: { Authorization: 'Bearer k' },
  });
  expect([task.status, clip.status]).toEqual([200, 200]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('after a flood of made-up IDs', () => {
  it('frees what it left once the probation has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const state = new SimState(1, false);
    const app = simulatorApp({ state, control: false });
    // Warm first, so compiled code and lazily made tables are not counted as the flood's.
    for (let i = 0; i < 300; i++) await floodPair(app);
    vi.setSystemTime(Date.now() + FLOOD_PROBATION_MS + 1);
    state.sweep();
    const before = liveHeapMb();

    // Bounded: 4,000 lookups in-process, past the catalog's cap of clip IDs.
    for (let i = 0; i < 2000; i++) await floodPair(app);
    expect(state.catalog.size.clips).toBeGreaterThan(3000);
    const during = liveHeapMb();

    vi.setSystemTime(Date.now() + FLOOD_PROBATION_MS + 1);
    state.sweep();
    expect(state.catalog.size).toEqual({ clips: 0, specs: 0 });
    expect(state.clocks.size).toBe(0);
    const after = liveHeapMb();
    // Printed, so a reader sees what the flood held and what came back.
    console.info(
      `live heap: ${before.toFixed(1)} MB before, ${during.toFixed(1)} during, ${after.toFixed(1)} after`,
    );
    expect(after - before).toBeLessThan(1.5);
  });
});
