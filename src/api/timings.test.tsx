import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderConfig } from './provider-config';
import { useTimedLyrics, type TimingsClip } from './timings';

const CLIP: TimingsClip = {
  id: 'c1111111-0000-4000-8000-000000000001',
  taskId: 'a'.repeat(32),
  status: 'complete',
  lyrics: '[Verse]\nSalt air',
};
const ORG: ProviderConfig = { kind: 'sunoapi-org', baseUrl: '', apiKey: 'k' };
const WORDS = [
  { word: '[Verse]\nSalt ', success: true, start_s: 3, end_s: 3.5 },
  { word: 'air\n', success: true, start_s: 3.6, end_s: 4 },
];

function stub(body: unknown) {
  const mock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status: 200 })),
  );
  vi.stubGlobal('fetch', mock);
  return mock;
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useTimedLyrics', () => {
  it('asks the provider once and times the clip’s own lines', async () => {
    const mock = stub({ code: 200, msg: 'success', data: { alignedWords: WORDS } });
    const { result } = renderHook(() => useTimedLyrics(ORG, CLIP, true), { wrapper });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.lines.map((l) => [l.text, l.start])).toEqual([['Salt air', 3]]);
    expect(mock).toHaveBeenCalledTimes(1);
  });

  it('asks nothing when not wanted, nor of a provider with no timings call', async () => {
    const mock = stub({});
    const demo: ProviderConfig = { kind: 'demo', baseUrl: '/sim', apiKey: '' };
    const a = renderHook(() => useTimedLyrics(ORG, CLIP, false), { wrapper });
    const b = renderHook(() => useTimedLyrics(demo, CLIP, true), { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.result.current).toBeNull();
    expect(b.result.current).toBeNull();
    expect(mock).not.toHaveBeenCalled();
  });

  it('leaves the lyrics untimed after an error answer or an empty one', async () => {
    const mock = stub({ code: 500, msg: 'busy', data: null });
    const { result } = renderHook(() => useTimedLyrics(ORG, CLIP, true), { wrapper });
    await waitFor(() => expect(mock).toHaveBeenCalled());
    expect(result.current).toBeNull();
    stub({ code: 200, msg: 'success', data: { alignedWords: [] } });
    const empty = renderHook(() => useTimedLyrics(ORG, CLIP, true), { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(empty.result.current).toBeNull();
  });
});
