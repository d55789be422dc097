import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for an idle callback, and can be cancelled', () => {
    const pending = new Map<number, () => void>();
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => {
      pending.set(++next, fn);
      return next;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    for (const fn of pending.values()) fn();
    expect(ran).toEqual(['kept']);
  });

  it('falls back to a timer where there are no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    whenIdle(() => ran.push('ran'));
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['ran']);
  });
});
