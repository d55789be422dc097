import { describe, expect, it } from 'vitest';
import { TIMELINE, TaskClocks, VirtualClock, clipPhaseAt, taskStatus } from './clock.ts';

describe('clipPhaseAt', () => {
  it('runs submitted → queued → streaming → complete', () => {
    expect(clipPhaseAt(0, 0).status).toBe('submitted');
    expect(clipPhaseAt(TIMELINE.queuedAt, 0).status).toBe('queued');
    expect(clipPhaseAt(TIMELINE.streamingAt, 0).status).toBe('streaming');
    expect(clipPhaseAt(TIMELINE.completeAt, 0).status).toBe('complete');
  });

  it('reports streaming progress between 0 and 1', () => {
    const middle = (TIMELINE.streamingAt + TIMELINE.completeAt) / 2;
    expect(clipPhaseAt(middle, 0).streamProgress).toBeCloseTo(0.5);
    expect(clipPhaseAt(TIMELINE.completeAt + 1, 0).streamProgress).toBe(1);
  });

  it('delays the second clip', () => {
    const t = TIMELINE.completeAt + TIMELINE.perClipDelay / 2;
    expect(clipPhaseAt(t, 0).status).toBe('complete');
    expect(clipPhaseAt(t, 1).status).toBe('streaming');
  });

  it('keeps the video pending for a while after completion', () => {
    expect(clipPhaseAt(TIMELINE.completeAt, 0).isVideoPending).toBe(true);
    expect(clipPhaseAt(TIMELINE.completeAt + TIMELINE.videoPendingFor, 0).isVideoPending).toBe(
      false,
    );
  });

  it('fails a refused clip when it would start streaming', () => {
    expect(clipPhaseAt(TIMELINE.queuedAt, 0, { fails: true }).status).toBe('queued');
    expect(clipPhaseAt(TIMELINE.streamingAt, 0, { fails: true }).status).toBe('error');
    expect(clipPhaseAt(1e6, 0, { fails: true }).status).toBe('error');
  });

  it('stalls in queued or streaming forever', () => {
    expect(clipPhaseAt(1e6, 0, { stall: 'queued' }).status).toBe('queued');
    const stalled = clipPhaseAt(1e6, 0, { stall: 'streaming' });
    expect(stalled.status).toBe('streaming');
    expect(stalled.streamProgress).toBe(TIMELINE.stalledStreamProgress);
  });
});

describe('taskStatus', () => {
  it('is the least advanced clip status', () => {
    expect(taskStatus(['complete', 'streaming'])).toBe('streaming');
    expect(taskStatus(['queued', 'submitted'])).toBe('submitted');
    expect(taskStatus(['complete', 'complete'])).toBe('complete');
  });

  it('ignores failed clips unless all failed', () => {
    expect(taskStatus(['complete', 'error'])).toBe('complete');
    expect(taskStatus(['error', 'error'])).toBe('error');
  });
});

describe('VirtualClock and TaskClocks', () => {
  function fakeNow(): { now: () => number; advance: (ms: number) => void } {
    let t = 1_000_000;
    return { now: () => t, advance: (ms) => (t += ms) };
  }

  it('scales elapsed time by the speed', () => {
    const time = fakeNow();
    const clock = new VirtualClock(10, time.now);
    time.advance(1000);
    expect(clock.nowSim()).toBe(10);
  });

  it('keeps time continuous when the speed changes', () => {
    const time = fakeNow();
    const clock = new VirtualClock(1, time.now);
    time.advance(2000);
    clock.setSpeed(5);
    expect(clock.nowSim()).toBe(2);
    time.advance(1000);
    expect(clock.nowSim()).toBe(7);
  });

  it('rejects nonsense speeds', () => {
    expect(() => new VirtualClock(0)).toThrow(RangeError);
    expect(() => new VirtualClock(Number.NaN)).toThrow(RangeError);
  });

  it('starts each task at its first query and forgets on reset', () => {
    const time = fakeNow();
    const clocks = new TaskClocks(new VirtualClock(1, time.now), time.now);
    expect(clocks.elapsed('a')).toBe(0);
    time.advance(3000);
    expect(clocks.elapsed('a')).toBe(3);
    expect(clocks.elapsed('b')).toBe(0);
    clocks.reset();
    expect(clocks.has('a')).toBe(false);
    expect(clocks.elapsed('a')).toBe(0);
  });
});
