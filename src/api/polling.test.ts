import { focusManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupQueryOptions } from './queries';
import type { ProviderConfig } from './providers';

const demo: ProviderConfig = { kind: 'demo', baseUrl: 'http://sim.test', apiKey: '' };

type Stage = 'queued' | 'streaming' | 'complete-video-pending' | 'complete';
const STAGES: Stage[] = ['queued', 'streaming', 'complete-video-pending', 'complete'];

const clipId = (i: number) => `c1000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function taskBody(taskId: string, clipCount: number, stage: Stage) {
  const status = stage.startsWith('complete') ? 'complete' : stage;
  return {
    code: 200,
    task_id: taskId,
    status,
    prompt: { prompt: 'rain' },
    clips: Array.from({ length: clipCount }, (_, i) => ({
      id: clipId(i),
      status,
      audio_url:
        stage === 'queued'
          ? ''
          : stage === 'streaming'
            ? `https://audiopipe.suno.ai/?item_id=${clipId(i)}`
            : `https://cdn1.suno.ai/${clipId(i)}.mp3`,
      is_video_pending: stage !== 'complete',
    })),
  };
}

/** Serves the next stage on every request, then keeps serving the last one. */
function stubProvider(taskId: string, clipCount: number) {
  let served = 0;
  const mock = vi.fn<typeof fetch>(() => {
    const stage = STAGES[Math.min(served, STAGES.length - 1)] ?? 'complete';
    served += 1;
    return Promise.resolve(
      new Response(JSON.stringify(taskBody(taskId, clipCount, stage)), { status: 200 }),
    );
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

beforeAll(async () => {
  // The adapters load on demand; loaded once here, the queries find them at once.
  const { PROVIDERS } = await import('../domain/providers');
  await import('./providers');
  await PROVIDERS.demo.load();
});

beforeEach(() => {
  vi.useFakeTimers();
  focusManager.setFocused(true);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  focusManager.setFocused(undefined);
});

describe('lookup polling', () => {
  it.each([2, 6])(
    'makes one request per tick for %i clips and none once every clip is settled',
    async (clipCount) => {
      const taskId = `7a5c0000-0000-4000-8000-00000000000${clipCount}`;
      const fetchMock = stubProvider(taskId, clipCount);
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const observer = new QueryObserver(
        client,
        lookupQueryOptions(demo, { mode: 'task', taskId }),
      );
      const seen: string[] = [];
      const unsubscribe = observer.subscribe((r) => {
        const statuses = r.data?.clips.map((c) => c.status).join(',');
        if (statuses !== undefined && seen.at(-1) !== statuses) seen.push(statuses);
      });

      await vi.advanceTimersByTimeAsync(0);
      expect(fetchMock).toHaveBeenCalledTimes(1);

      // Young job: 2 s ticks, one request each whatever the number of clips.
      await vi.advanceTimersByTimeAsync(1_999);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(fetchMock).toHaveBeenCalledTimes(3);

      // Audio complete, video pending: the slower video pace.
      await vi.advanceTimersByTimeAsync(2_000);
      expect(fetchMock).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(13_000);
      expect(fetchMock).toHaveBeenCalledTimes(4);

      // Everything settled: silence, however long we wait.
      await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
      expect(fetchMock).toHaveBeenCalledTimes(4);

      const repeated = (s: string) => Array.from({ length: clipCount }, () => s).join(',');
      expect(seen).toEqual([repeated('queued'), repeated('streaming'), repeated('complete')]);
      expect(observer.getCurrentResult().data?.clips.every((c) => !c.isVideoPending)).toBe(true);

      unsubscribe();
      client.clear();
    },
  );

  it('pauses while the tab is hidden', async () => {
    const fetchMock = stubProvider('7a5c0002-0000-4000-8000-000000000010', 2);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const observer = new QueryObserver(
      client,
      lookupQueryOptions(demo, { mode: 'task', taskId: '7a5c0002-0000-4000-8000-000000000010' }),
    );
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    unsubscribe();
    client.clear();
  });

  it('stops polling after an auth error without retrying', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response('{"message":"bad key"}', { status: 401 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const observer = new QueryObserver(
      client,
      lookupQueryOptions(demo, { mode: 'task', taskId: '7a5c0003-0000-4000-8000-000000000011' }),
    );
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(observer.getCurrentResult().error?.kind).toBe('auth');
    unsubscribe();
    client.clear();
  });

  it('retries a server error with back-off, then keeps the last good data', async () => {
    let calls = 0;
    const fetchMock = vi.fn<typeof fetch>(() => {
      calls += 1;
      if (calls === 1) {
        return Promise.resolve(
          new Response(
            JSON.stringify(taskBody('7a5c0004-0000-4000-8000-000000000012', 2, 'queued')),
            { status: 200 },
          ),
        );
      }
      return Promise.resolve(new Response('oops', { status: 500 }));
    });
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const observer = new QueryObserver(
      client,
      lookupQueryOptions(demo, { mode: 'task', taskId: '7a5c0004-0000-4000-8000-000000000012' }),
    );
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Tick at 2 s fails, then retries after 1 s, 2 s, 4 s.
    await vi.advanceTimersByTimeAsync(2_000 + 1_000 + 2_000 + 4_000);
    expect(fetchMock).toHaveBeenCalledTimes(5);
    const current = observer.getCurrentResult();
    expect(current.error?.kind).toBe('server');
    expect(current.data?.clips).toHaveLength(2);
    unsubscribe();
    client.clear();
  });

  it('stops a task that never finishes at the cap, and goes on in a new window', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify(taskBody('7a5c0005-0000-4000-8000-000000000013', 2, 'queued')),
          { status: 200 },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const target = { mode: 'task', taskId: '7a5c0005-0000-4000-8000-000000000013' } as const;
    const observer = new QueryObserver(
      client,
      lookupQueryOptions(demo, target, { since: Date.now(), errorsAtStart: 0 }),
    );
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    const atCap = fetchMock.mock.calls.length;
    expect(atCap).toBeGreaterThan(50);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(fetchMock).toHaveBeenCalledTimes(atCap);

    // "Resume checking": a fresh window, and the page asks again.
    observer.setOptions(lookupQueryOptions(demo, target, { since: Date.now(), errorsAtStart: 0 }));
    await observer.refetch();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(fetchMock.mock.calls.length).toBeGreaterThan(atCap + 5);
    unsubscribe();
    client.clear();
  });
});
