import { describe, expect, it } from 'vitest';
import { blankClip, type Clip, type ClipStatus, type LookupResult } from '../domain/clip';
import { ApiError } from '../domain/errors';
import { lookupQueryKey } from './queries';
import {
  FAST_POLL_MS,
  MAX_FAILED_POLLS,
  pollInterval,
  pollStop,
  retryDelay,
  shouldRetry,
  SLOW_POLL_MS,
  STALL_QUEUED_MS,
  STALL_STREAMING_MS,
  STALLED_POLL_MS,
  stallInfo,
  VIDEO_POLL_MS,
} from './polling-policy';

function clip(status: ClipStatus, isVideoPending = false, id = 'c'): Clip {
  return { ...blankClip(id), status, rawStatus: status, isVideoPending };
}

function result(...clips: Clip[]): LookupResult {
  return { taskId: 't', taskStatus: null, clips, unusableClips: 0 };
}

const SEC = 1000;
const MIN = 60 * SEC;

describe('pollInterval', () => {
  const poll = (r: LookupResult | undefined, ageMs: number, lastError: ApiError | null = null) =>
    pollInterval({ result: r, ageMs, lastError });

  it('polls fast while the job is young', () => {
    expect(poll(undefined, 0)).toBe(FAST_POLL_MS);
    expect(poll(result(clip('submitted')), 5 * SEC)).toBe(FAST_POLL_MS);
    expect(poll(result(clip('streaming'), clip('queued')), 29 * SEC)).toBe(FAST_POLL_MS);
  });

  it('backs off gradually and monotonically as the job ages, to 10 s by 3 min', () => {
    const r = result(clip('streaming'));
    const ages = [30, 45, 60, 90, 120, 150, 179, 180, 240].map((s) => s * SEC);
    const paces = ages.map((a) => poll(r, a));
    for (const p of paces) expect(typeof p).toBe('number');
    const nums = paces as number[];
    for (let i = 1; i < nums.length; i += 1) {
      expect(nums[i]).toBeGreaterThanOrEqual(nums[i - 1] ?? 0);
    }
    expect(nums[2]).toBeGreaterThan(FAST_POLL_MS);
    expect(nums[2]).toBeLessThan(SLOW_POLL_MS);
    expect(poll(r, 3 * MIN)).toBe(SLOW_POLL_MS);
    expect(poll(r, 5 * MIN)).toBe(SLOW_POLL_MS);
  });

  it('stops once every clip is settled', () => {
    expect(poll(result(clip('complete'), clip('complete')), 40 * SEC)).toBe(false);
    expect(poll(result(clip('complete'), clip('error', true)), 40 * SEC)).toBe(false);
    expect(poll(result(clip('error')), 1 * SEC)).toBe(false);
  });

  it('keeps polling when there are no clips yet', () => {
    expect(poll(result(), 10 * SEC)).toBe(FAST_POLL_MS);
  });

  it('slows to the video pace when only videos are pending', () => {
    expect(poll(result(clip('complete', true), clip('complete')), 40 * SEC)).toBe(VIDEO_POLL_MS);
  });

  it('keeps polling unknown statuses, slowly once old', () => {
    expect(poll(result(clip('unknown')), 10 * SEC)).toBe(FAST_POLL_MS);
    expect(poll(result(clip('unknown')), 20 * MIN)).toBe(STALLED_POLL_MS);
  });

  it('stops on errors that asking again cannot fix', () => {
    for (const kind of ['auth', 'not-found', 'unsupported'] as const) {
      expect(poll(result(clip('queued')), 10 * SEC, new ApiError(kind, 'x'))).toBe(false);
      expect(poll(undefined, 0, new ApiError(kind, 'x'))).toBe(false);
    }
  });

  it('honours Retry-After when rate limited', () => {
    const e = new ApiError('rate-limited', 'x', { status: 429, retryAfterMs: 12_000 });
    expect(poll(result(clip('queued')), 10 * SEC, e)).toBe(12_000);
    const noHeader = new ApiError('rate-limited', 'x', { status: 429 });
    expect(poll(undefined, 0, noHeader)).toBe(STALLED_POLL_MS);
    const huge = new ApiError('rate-limited', 'x', { retryAfterMs: 86_400_000 });
    expect(poll(undefined, 0, huge)).toBe(600_000);
  });

  it('keeps going, no faster than 10 s, after transient failures', () => {
    for (const kind of ['server', 'network', 'timeout'] as const) {
      expect(poll(result(clip('queued')), 5 * SEC, new ApiError(kind, 'x'))).toBe(SLOW_POLL_MS);
    }
    const withRetry = new ApiError('server', 'x', { status: 503, retryAfterMs: 20_000 });
    expect(poll(undefined, 0, withRetry)).toBe(20_000);
  });

  it('ignores an aborted fetch', () => {
    expect(poll(result(clip('queued')), 5 * SEC, new ApiError('aborted', 'x'))).toBe(FAST_POLL_MS);
  });

  it('drops to the slow pace when stalled', () => {
    expect(poll(result(clip('queued'), clip('complete')), STALL_QUEUED_MS)).toBe(STALLED_POLL_MS);
    expect(poll(result(clip('streaming')), STALL_STREAMING_MS + 1)).toBe(STALLED_POLL_MS);
  });
});

describe('polling that ends', () => {
  const streaming = result(clip('streaming'));
  const audioDone = result(clip('complete', true));

  it('stops after 30 min of checking, whatever the job says, and says why', () => {
    for (const r of [streaming, result(clip('unknown')), result(), undefined]) {
      const input = { result: r, ageMs: 40 * MIN, lastError: null, checkingForMs: 30 * MIN };
      expect(pollInterval(input)).toBe(false);
      expect(pollStop(input)).toEqual({ reason: 'cap', minutes: 30 });
    }
    expect(
      pollInterval({
        result: streaming,
        ageMs: 40 * MIN,
        lastError: null,
        checkingForMs: 29 * MIN,
      }),
    ).toBe(STALLED_POLL_MS);
  });

  it('stops a pending video alone sooner', () => {
    const input = { result: audioDone, ageMs: 12 * MIN, lastError: null, checkingForMs: 12 * MIN };
    expect(pollStop({ ...input, videoWaitMs: 9 * MIN })).toBeNull();
    expect(pollStop({ ...input, videoWaitMs: 10 * MIN })).toEqual({ reason: 'video', minutes: 10 });
    expect(pollInterval({ ...input, videoWaitMs: 10 * MIN })).toBe(false);
  });

  it('stops after a run of failed polls, such as malformed answers every time', () => {
    const bad = new ApiError('bad-response', 'not JSON');
    const input = { result: undefined, ageMs: 0, lastError: bad, checkingForMs: 4 * MIN };
    expect(pollInterval({ ...input, failedPolls: MAX_FAILED_POLLS - 1 })).toBe(STALLED_POLL_MS);
    expect(pollInterval({ ...input, failedPolls: MAX_FAILED_POLLS })).toBe(false);
    expect(pollStop({ ...input, failedPolls: MAX_FAILED_POLLS })).toEqual({
      reason: 'failing',
      polls: MAX_FAILED_POLLS,
    });
  });

  it('never reports a stop for a settled lookup', () => {
    const done = result(clip('complete'), clip('error'));
    expect(
      pollStop({
        result: done,
        ageMs: 0,
        lastError: null,
        checkingForMs: 99 * MIN,
        failedPolls: 99,
      }),
    ).toBeNull();
  });
});

describe('stallInfo', () => {
  it('is null for young or finished jobs and for no data', () => {
    expect(stallInfo(undefined, 10 * MIN)).toBeNull();
    expect(stallInfo(result(), 10 * MIN)).toBeNull();
    expect(stallInfo(result(clip('queued')), STALL_QUEUED_MS - 1)).toBeNull();
    expect(stallInfo(result(clip('complete')), 60 * MIN)).toBeNull();
    expect(stallInfo(result(clip('streaming')), STALL_STREAMING_MS - 1)).toBeNull();
  });

  it('flags clips stuck in the queue after 3 minutes', () => {
    expect(stallInfo(result(clip('queued')), 3 * MIN)).toEqual({ status: 'queued', minutes: 3 });
    expect(stallInfo(result(clip('submitted'), clip('streaming')), 4.5 * MIN)).toEqual({
      status: 'queued',
      minutes: 4,
    });
  });

  it('flags streaming that never finishes after 8 minutes', () => {
    expect(stallInfo(result(clip('streaming'), clip('complete')), 8 * MIN)).toEqual({
      status: 'streaming',
      minutes: 8,
    });
  });

  it('exports the thresholds', () => {
    expect(STALL_QUEUED_MS).toBe(3 * MIN);
    expect(STALL_STREAMING_MS).toBe(8 * MIN);
  });
});

describe('retry policy', () => {
  it('does not retry what cannot succeed', () => {
    for (const kind of ['auth', 'not-found', 'unsupported', 'bad-response', 'aborted'] as const) {
      expect(shouldRetry(0, new ApiError(kind, 'x'))).toBe(false);
    }
  });

  it('retries transient failures up to three times', () => {
    for (const kind of ['server', 'network', 'timeout', 'rate-limited'] as const) {
      const e = new ApiError(kind, 'x');
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, e))).toEqual([true, true, true, false]);
    }
  });

  it('backs off exponentially with a cap, and honours Retry-After', () => {
    const e = new ApiError('server', 'x');
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, e))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(retryDelay(0, new ApiError('rate-limited', 'x', { retryAfterMs: 5000 }))).toBe(5000);
  });
});

describe('lookupQueryKey', () => {
  it('names provider, base URL and target but never the key', () => {
    const key = lookupQueryKey(
      { kind: 'sunoapi-co', baseUrl: 'https://api.sunoapi.co', apiKey: 'sk-secret-value' },
      { mode: 'task', taskId: 't1' },
    );
    const text = JSON.stringify(key);
    expect(text).not.toContain('sk-secret-value');
    expect(text).toContain('sunoapi-co');
    expect(text).toContain('https://api.sunoapi.co');
    expect(text).toContain('t1');
  });

  it('differs between lookups', () => {
    const cfg = { kind: 'demo' as const, baseUrl: '/sim', apiKey: '' };
    expect(JSON.stringify(lookupQueryKey(cfg, { mode: 'clips', ids: ['a'] }))).not.toBe(
      JSON.stringify(lookupQueryKey(cfg, { mode: 'clips', ids: ['b'] })),
    );
  });
});
