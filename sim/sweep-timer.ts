import { FLOOD_PROBATION_MS } from './bounded-map.ts';
import type { SimState } from './sim-state.ts';

/**
 * Sweeps the simulator's stores now and then, so what a flood left is freed once it stops,
 * not at the next write. The timer neither keeps the process alive nor the state: once the
 * state is gone (a test's simulator), the timer stops itself.
 */
export function sweepEvery(state: SimState, everyMs = FLOOD_PROBATION_MS / 6): void {
  const ref = new WeakRef(state);
  const timer = setInterval(() => {
    const live = ref.deref();
    if (live) live.sweep();
    else clearInterval(timer);
  }, everyMs);
  timer.unref();
}
