import { describe, expect, it } from 'vitest';
import { ApiError } from '../../domain/errors';
import { canAskTimings } from '../timings';
import { fetchTimings } from './timings';
import { stubFetchJson as stub } from './fetch-stub.test-helper';

const CLIP = { id: 'c1111111-0000-4000-8000-000000000001', taskId: 'a'.repeat(32) };
const WORD = { word: 'Salt\n', success: true, start_s: 1, end_s: 1.5, p_align: 0.9 };

describe('fetchTimings', () => {
  it('asks sunoapi.org for the task and the clip, key in the header only', async () => {
    const mock = stub({ code: 200, msg: 'success', data: { alignedWords: [WORD] } });
    const config = { kind: 'sunoapi-org' as const, baseUrl: '', apiKey: 'sk-secret-1' };
    const words = await fetchTimings(config, CLIP);
    expect(words).toEqual([{ word: 'Salt\n', start: 1, end: 1.5, success: true }]);
    const [url, init] = mock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.sunoapi.org/api/v1/generate/get-timestamped-lyrics');
    expect(String(url)).not.toContain('sk-secret-1');
    expect(init?.body).toBe(JSON.stringify({ taskId: CLIP.taskId, audioId: CLIP.id }));
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer sk-secret-1');
  });

  it('asks gcui-art by the clip alone, with no key', async () => {
    const mock = stub([WORD]);
    const config = { kind: 'gcui' as const, baseUrl: 'http://localhost:3000', apiKey: '' };
    expect(await fetchTimings(config, CLIP)).toHaveLength(1);
    expect(mock.mock.calls[0]?.[0]).toBe(
      `http://localhost:3000/api/get_aligned_lyrics?song_id=${CLIP.id}`,
    );
  });

  it('asks nothing of providers with no timings call, nor without the task a call needs', async () => {
    const mock = stub({});
    const demo = { kind: 'demo' as const, baseUrl: '/sim', apiKey: '' };
    const org = { kind: 'sunoapi-org' as const, baseUrl: '', apiKey: 'k' };
    expect(canAskTimings(demo, CLIP)).toBe(false);
    expect(canAskTimings({ ...demo, kind: 'sunoapi-co' }, CLIP)).toBe(false);
    expect(canAskTimings(org, { ...CLIP, taskId: null })).toBe(false);
    expect(canAskTimings(org, CLIP)).toBe(true);
    expect(await fetchTimings(demo, CLIP)).toEqual([]);
    expect(mock).not.toHaveBeenCalled();
  });

  it('says an error answer in the provider’s words, without the key', async () => {
    stub({ code: 404, msg: 'Audio not found for sk-secret-1', data: null });
    const config = { kind: 'sunoapi-org' as const, baseUrl: '', apiKey: 'sk-secret-1' };
    const error = await fetchTimings(config, CLIP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).not.toContain('sk-secret-1');
  });
});
