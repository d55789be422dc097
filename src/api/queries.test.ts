import { describe, expect, it } from 'vitest';
import { blankClip, type Clip, type ClipStatus, type LookupResult } from './clip';
import { ApiError } from './client';
import {
  FAST_POLL_MS,
  lookupQueryKey,
  pollInterval,
  retryDelay,
  shouldRetry,
  SLOW_POLL_MS,
  STALL_QUEUED_MS,
  STALL_STREAMING_MS,
  STALLED_POLL_MS,
  stallInfo,
  VIDEO_POLL_MS,
} from './queries';

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
