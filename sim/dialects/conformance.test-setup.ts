/**
 * A simulator whose demo tasks finished long ago (clips complete, videos rendered), for the
 * dialects' conformance tests.
 */
import type { Hono } from 'hono';
import { simulatorApp } from '../app.ts';
import { DEMO_TASK_SPECS } from '../demo-tasks.ts';
import { SimState } from '../sim-state.ts';

export const DEMO_TASK_IDS = DEMO_TASK_SPECS.map((task) => task.id);
export const DEMO_CLIP_IDS = DEMO_TASK_SPECS.flatMap((task) => task.clips.map((c) => c.id));
/** The demo clip with the most lyrics and a known length. */
export const NEON_CLIP_ID = DEMO_CLIP_IDS[0] ?? '';

export function finishedSimulator(): { app: Hono; state: SimState } {
  const state = new SimState(1);
  for (const task of DEMO_TASK_SPECS) state.clocks.startedAgo(task.clockKey, 10_000);
  return { app: simulatorApp({ state, control: false }), state };
}

export const ORIGIN = 'http://sim.test';
