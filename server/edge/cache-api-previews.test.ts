import { describe, expect, it } from 'vitest';
import type { PreviewClip } from '../share/clip-lookup.ts';
import { memoryPreviewCache } from '../share/preview-cache.ts';
import { cacheApiPreviews } from './cache-api-previews.ts';

const CLIP: PreviewClip = {
  id: '5a1e0001-c000-4000-8000-000000000001',
  title: 'Neon Harbor',
  artist: 'HarborLights406',
  handle: 'harborlights406',
  tags: ['synthwave'],
  coverUrl: 'https://example.test/cover.jpeg',
  coverLargeUrl: null,
  audioUrl: 'https://example.test/a.mp3',
  videoUrl: null,
  duration: 30.24,
  settled: true,
  playable: true,
};

/** A stand-in for `caches.default`: what was put, with its Cache-Control, by URL. */
function fakeCache(options: { failing?: boolean } = {}) {
  const entries = new Map<string, { body: string; cacheControl: string | null }>();
  const cache = {
    async match(request: RequestInfo | URL) {
      if (options.failing) throw new Error('cache unavailable');
      const entry = entries.get(String(request));
      return entry ? new Response(entry.body) : undefined;
    },
    async put(request: RequestInfo | URL, response: Response) {
      if (options.failing) throw new Error('cache unavailable');
      entries.set(String(request), {
        body: await response.text(),
        cacheControl: response.headers.get('cache-control'),
      });
    },
  };
  return { cache: cache as unknown as Cache, entries };
}

describe('cacheApiPreviews', () => {
  it('shares a preview between isolates through the location’s cache', async () => {
    const { cache, entries } = fakeCache();
    const first = cacheApiPreviews(cache, memoryPreviewCache(10));
    const second = cacheApiPreviews(cache, memoryPreviewCache(10));
    await first.set('https://a.test|demo|task|x', CLIP, 300_000);
    expect(await second.get('https://a.test|demo|task|x')).toEqual(CLIP);
    expect([...entries.values()][0]?.cacheControl).toBe('max-age=300');
    expect([...entries.keys()][0]).toMatch(/^https:\/\/previews\.clip-viewer\.invalid\//);
  });

  it('keeps a miss (null) as a miss, distinct from nothing kept', async () => {
    const { cache } = fakeCache();
    const previews = cacheApiPreviews(cache, memoryPreviewCache(10));
    await previews.set('k', null, 30_000);
    const other = cacheApiPreviews(cache, memoryPreviewCache(10));
    expect(await other.get('k')).toBeNull();
    expect(await other.get('never set')).toBeUndefined();
  });

  it('lets an entry lapse at its own lifetime, finer than the Cache API’s seconds', async () => {
    let now = 1_000_000;
    const { cache } = fakeCache();
    await cacheApiPreviews(
      cache,
      memoryPreviewCache(10, () => now),
      () => now,
    ).set('k', CLIP, 400);
    now += 500;
    const other = cacheApiPreviews(
      cache,
      memoryPreviewCache(10, () => now),
      () => now,
    );
    expect(await other.get('k')).toBeUndefined();
  });

  it('treats a failing cache as a miss and still remembers in memory', async () => {
    const { cache } = fakeCache({ failing: true });
    const previews = cacheApiPreviews(cache, memoryPreviewCache(10));
    await expect(previews.set('k', CLIP, 1000)).resolves.toBeUndefined();
    expect(await previews.get('k')).toEqual(CLIP);
    expect(await cacheApiPreviews(cache, memoryPreviewCache(10)).get('k')).toBeUndefined();
  });

  it('ignores what is not a stored preview', async () => {
    const { cache, entries } = fakeCache();
    entries.set(`https://previews.clip-viewer.invalid/k`, {
      body: '{"value":7}',
      cacheControl: null,
    });
    expect(await cacheApiPreviews(cache, memoryPreviewCache(10)).get('k')).toBeUndefined();
  });
});
