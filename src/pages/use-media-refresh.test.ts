import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { blankClip, type Clip } from '../domain/clip';
import { useMediaRefresh } from './use-media-refresh';

const A = blankClip('00000000-0000-4000-8000-00000000000a');
const B = blankClip('00000000-0000-4000-8000-00000000000b');

function refresher(reload: () => Promise<Clip[]>) {
  return renderHook(() => useMediaRefresh(reload)).result.current;
}

describe('asking the provider again for expired media', () => {
  it('answers with the fresh copy of the clip, one request for failures close together', async () => {
    const reload = vi.fn(async () => [A, B]);
    const refresh = refresher(reload);
    const [a, b] = await Promise.all([
      refresh(A.id, 'https://x/a.mp3'),
      refresh(B.id, 'https://x/b.mp3'),
    ]);
    expect([a, b]).toEqual([A, B]);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('refreshes a failed link once, unless the person asks again', async () => {
    const reload = vi.fn(async () => [A]);
    const refresh = refresher(reload);
    expect(await refresh(A.id, 'https://x/a.mp3')).toEqual(A);
    expect(await refresh(A.id, 'https://x/a.mp3')).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
    // Retry asks the provider anew, even within the moment a recent answer is reused.
    expect(await refresh(A.id, 'https://x/a.mp3', true)).toEqual(A);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('has nothing to ask without a provider, and treats a failed request as no answer', async () => {
    expect(await renderHook(() => useMediaRefresh(null)).result.current(A.id, 'u')).toBeNull();
    const refresh = refresher(() => Promise.reject(new Error('offline')));
    expect(await refresh(A.id, 'https://x/a.mp3')).toBeNull();
  });
});
