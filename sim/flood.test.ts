import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { CO_QUERY_PATH } from './api-routes.ts';
import { simulatorApp } from './app.ts';
import { CLOCK_BOUNDS } from './clock.ts';
import { SimState } from './sim-state.ts';
import { StreamGate } from './stream-gate.ts';
import { CATALOG_BOUNDS } from './task-catalog.ts';

function query(app: ReturnType<typeof simulatorApp>, taskId: string, headers = {}) {
  return app.request(CO_QUERY_PATH, {
    method: 'POST',
    headers: { Authorization: 'k', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ task_id: taskId }),
  });
}

describe('a flood of made-up IDs', () => {
  it('keeps every store at its cap', async () => {
    const state = new SimState(1, false);
    const app = simulatorApp({ state, control: false });
    // Bounded: a few thousand in-process requests, more than any cap.
    const count = CATALOG_BOUNDS.max + 500;
    for (let i = 0; i < count; i++) {
      expect((await query(app, randomUUID())).status).toBe(200);
    }
    expect(state.catalog.size.clips).toBeLessThanOrEqual(CATALOG_BOUNDS.max);
    expect(state.catalog.size.specs).toBeLessThanOrEqual(64);
    expect(state.clocks.size).toBeLessThanOrEqual(CLOCK_BOUNDS.max);
    expect(state.faults.size).toBe(0);
  });
});

describe('the Demo of a deployment', () => {
  it('has no fault IDs, fault header or galleries of many clips', async () => {
    const app = simulatorApp({ state: new SimState(1, false), control: false });
    const faulty = `fa170500${randomUUID().slice(8)}`;
    expect((await query(app, faulty)).status).toBe(200);
    const header = await query(app, randomUUID(), { 'x-sim-fault': 'oversized' });
    expect((await header.text()).length).toBeLessThan(100_000);
    const big = (await (await query(app, `b16c0500${randomUUID().slice(8)}`)).json()) as {
      clips: unknown[];
    };
    expect(big.clips).toHaveLength(2);
  });

  it('keeps them for tests', async () => {
    const app = simulatorApp({ state: new SimState(1, true), control: false });
    expect((await query(app, `fa170500${randomUUID().slice(8)}`)).status).toBe(500);
  });
});

describe('StreamGate', () => {
  it('admits at most max streams and ends idle and long ones', () => {
    vi.useFakeTimers();
    try {
      const gate = new StreamGate({ max: 2, idleMs: 100, maxMs: 1000 });
      const stops: string[] = [];
      const first = gate.enter((reason) => stops.push(`first: ${reason}`));
      const second = gate.enter((reason) => stops.push(`second: ${reason}`));
      expect(gate.enter(() => undefined)).toBeNull();
      first?.waiting();
      vi.advanceTimersByTime(150);
      expect(stops).toEqual(['first: reader idle']);
      expect(gate.open).toBe(1);
      second?.pulled();
      vi.advanceTimersByTime(1000);
      expect(stops).toEqual(['first: reader idle', 'second: stream lasted too long']);
      expect(gate.open).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
