import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayTitle } from '../../domain/clip';
import { ApiError, isApiError } from '../../domain/errors';
import { comFixture } from '../../domain/providers/fixtures.test-helper';

const fixture = await comFixture();
import { buildCall } from '../../domain/providers/call';
import { PROVIDERS } from '../../domain/providers';
import { normalizeClipsResponse } from '../../domain/providers/sunoapi-com.read';
import { joinUrl } from '../../domain/providers/url';
import { fetchLookup, type ProviderConfig } from './index';

function clipsUrl(baseUrl: string, ids: string[]): string {
  const call = PROVIDERS['sunoapi-com'].lookups.clips;
  if (!call) throw new Error('sunoapi.com looks up clips');
  const built = buildCall(call, ids);
  return `${joinUrl(baseUrl, built.path)}${built.search}`;
}

const getClips = (config: ProviderConfig, ids: string[]) =>
  fetchLookup(config, { mode: 'clips', ids });

const A = '00e6b9e4-c29c-4cfe-8d7a-5b3f06ff5b90';
const B = '7070ec00-462e-42ac-9b9f-1074977f473f';

describe('normalizeClipsResponse (sunoapi.com fixture)', () => {
  const result = normalizeClipsResponse(fixture);

  it('has no task and keeps both clips', () => {
    expect(result.taskId).toBeNull();
    expect(result.taskStatus).toBeNull();
    expect(result.clips.map((c) => c.id)).toEqual([A, B]);
  });

  it('normalizes the first clip field by field', () => {
    const clip = result.clips[0];
    if (!clip) throw new Error('missing clip');
    expect(clip.title).toBe('Starry ');
    expect(displayTitle(clip)).toBe('Starry');
    expect(clip.status).toBe('complete');
    expect(clip.handle).toBe('ambientlens971');
    expect(clip.displayName).toBe('AmbientLens971');
    expect(clip.tags).toEqual(['heavy metal']);
    expect(clip.lyrics?.startsWith('[Verse]\nStars they shine above me')).toBe(true);
    expect(clip.descriptionPrompt).toBeNull();
    expect(clip.taskPrompt).toBeNull();
    expect(clip.duration).toBe(191);
    expect(clip.clipType).toBe('gen');
    expect(clip.history).toEqual([
      {
        id: '2e584f32-7ae3-4b2d-93f6-391f65a01f15',
        type: 'upload',
        source: 'web',
        infill: false,
        continueAt: 48.762,
      },
    ]);
    expect(clip.concatHistory).toEqual([]);
    expect(clip.parentId).toBe('2e584f32-7ae3-4b2d-93f6-391f65a01f15');
    expect(clip.audioUrl).toBe(`https://cdn1.suno.ai/${A}.mp3`);
    expect(clip.videoUrl).toBe(`https://cdn1.suno.ai/${A}.mp4`);
    expect(clip.imageUrl).toBe(`https://cdn2.suno.ai/image_${A}.jpeg`);
    expect(clip.imageLargeUrl).toBe(`https://cdn2.suno.ai/image_large_${A}.jpeg`);
    expect(clip.modelName).toBe('chirp-v3');
    expect(clip.modelVersion).toBe('v3.5');
    expect(clip.createdAt).toBe('2024-07-22T07:56:36.711Z');
    expect(clip.isPublic).toBe(false);
    expect(clip.hasVocal).toBe(true);
    expect(clip.errorType).toBeNull();
    expect(clip.errorMessage).toBeNull();
  });

  it('reads the second clip’s own duration and timestamp', () => {
    const clip = result.clips[1];
    expect(clip?.duration).toBe(150.56);
    expect(clip?.createdAt).toBe('2024-07-22T07:56:36.710Z');
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['an object without clips', { num_total_results: 0 }],
    ['clips as an object', { clips: { id: 'x' } }],
    ['a clip without an id', { clips: [{ status: 'complete' }] }],
    ['a clip with an empty id', { clips: [{ id: '  ' }] }],
  ])('rejects %s as bad-response', (_label, json) => {
    expect(() => normalizeClipsResponse(json)).toThrow(ApiError);
    try {
      normalizeClipsResponse(json);
    } catch (e) {
      expect(isApiError(e) && e.kind).toBe('bad-response');
    }
  });
});

describe('clipsUrl', () => {
  it('comma-joins encoded ids and handles trailing slashes', () => {
    expect(clipsUrl('https://api.sunoapi.com/', [A, 'a b'])).toBe(
      `https://api.sunoapi.com/api/v2/suno/v3.5/clips?ids=${A},a%20b`,
    );
  });
});

describe('getClips', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends a Bearer key and returns clips in the requested order', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify(fixture), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await getClips(
      { kind: 'sunoapi-com', baseUrl: 'https://api.sunoapi.com', apiKey: 'sk-123' },
      [B, A],
    );
    expect(result.clips.map((c) => c.id)).toEqual([B, A]);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`https://api.sunoapi.com/api/v2/suno/v3.5/clips?ids=${B},${A}`);
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer sk-123');
    expect(init?.method).toBe('GET');
  });

  it('reports unknown ids as not-found', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(new Response('{"clips":[],"num_total_results":0}', { status: 200 })),
      ),
    );
    await expect(
      getClips({ kind: 'sunoapi-com', baseUrl: 'https://x.test', apiKey: 'k' }, [A]),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});
