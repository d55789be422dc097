import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAudio, WaveformUnavailable } from './fetch-audio';

describe('fetchAudio', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('carries the status a refusing host answered with', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 403 })));
    const failure = await fetchAudio('https://cdn.test/a.mp3', new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(WaveformUnavailable);
    expect(failure).toMatchObject({ status: 403, reason: 'network' });
  });

  it('has no status when the read was refused before any answer', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await fetchAudio('https://cdn.test/a.mp3', new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ status: null, reason: 'cors' });
  });
});
