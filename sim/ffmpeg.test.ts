import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

/** Stand-in ffmpeg processes that end when the test says so, counted while they run. */
const processes = vi.hoisted(() => ({ running: 0, most: 0, ends: [] as (() => void)[] }));

vi.mock('node:child_process', () => ({
  spawn: () => {
    const child = Object.assign(new EventEmitter(), {
      stdin: new PassThrough(),
      stderr: new PassThrough(),
    });
    processes.running += 1;
    processes.most = Math.max(processes.most, processes.running);
    processes.ends.push(() => {
      processes.running -= 1;
      child.emit('close', 0);
    });
    return child;
  },
}));

const { runFfmpeg } = await import('./ffmpeg.ts');

describe('runFfmpeg', () => {
  it('runs at most two ffmpeg processes at once, however many files are asked for', async () => {
    const all = Promise.all(Array.from({ length: 12 }, () => runFfmpeg(['-version'])));
    for (let done = 0; done < 12; done++) {
      await vi.waitFor(() => expect(processes.ends.length).toBeGreaterThan(done));
      expect(processes.running).toBeLessThanOrEqual(2);
      processes.ends[done]?.();
    }
    await all;
    expect(processes.most).toBe(2);
    expect(processes.running).toBe(0);
  });
});
