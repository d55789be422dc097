import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookupTarget } from '../domain/lookup-target';
import type { ProviderConfig } from './providers';
import { useLookup } from './use-lookup';

const A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const demo: ProviderConfig = { kind: 'demo', baseUrl: '/sim', apiKey: '' };

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useLookup', () => {
  it('does nothing without a target', () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    const { result } = renderHook(() => useLookup(demo, null), { wrapper: wrapper() });
    expect(result.current.result).toBeUndefined();
    expect(result.current.error).toBeNull();
    expect(result.current.isPending).toBe(false);
    expect(result.current.stall).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('returns normalized clips for a target', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(
          new Response(
            JSON.stringify({
              task_id: 't',
              status: 'complete',
              clips: [{ id: A, status: 'complete' }],
            }),
          ),
        ),
      ),
    );
    const target: LookupTarget = { mode: 'task', taskIds: [A] };
    const { result } = renderHook(() => useLookup(demo, target), { wrapper: wrapper() });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.result?.clips[0]?.id).toBe(A));
    expect(result.current.error).toBeNull();
    expect(result.current.dataUpdatedAt).toBeGreaterThan(0);
  });

  it('exposes errors as ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}', { status: 404 }))),
    );
    const target: LookupTarget = { mode: 'clips', ids: ['zzz'] };
    const { result } = renderHook(() => useLookup(demo, target), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.error?.kind).toBe('not-found'));
    expect(result.current.error?.message).toMatch(/nothing under that ID/);
  });
});
