import { describe, expect, it, vi } from 'vitest';
import { RequestGate } from './request-gate';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('RequestGate', () => {
  it('lets at most the limit run at once, the rest in the order they came', async () => {
    const gate = new RequestGate(2);
    const started: number[] = [];
    const finish = [deferred(), deferred(), deferred(), deferred()];
    const runs = finish.map((d, i) =>
      gate.run(async () => {
        started.push(i);
        await d.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    finish[1]?.resolve();
    await vi.waitFor(() => expect(started).toEqual([0, 1, 2]));
    finish[0]?.resolve();
    await vi.waitFor(() => expect(started).toEqual([0, 1, 2, 3]));
    finish.forEach((d) => d.resolve());
    await Promise.all(runs);
  });

  it('holds every request until the time the provider asked for', async () => {
    vi.useFakeTimers();
    const gate = new RequestGate(4);
    gate.holdUntil(Date.now() + 3_000);
    const job = vi.fn(() => Promise.resolve('ok'));
    const done = gate.run(job);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(job).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toBe('ok');
    vi.useRealTimers();
  });

  it('gives up a waiting place when the request is cancelled', async () => {
    const gate = new RequestGate(1);
    const first = deferred();
    const running = gate.run(() => first.promise);
    const controller = new AbortController();
    const waiting = gate.run(() => Promise.resolve(), controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ kind: 'aborted' });
    first.resolve();
    await running;
    // The place was freed: a new request runs at once.
    await expect(gate.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
