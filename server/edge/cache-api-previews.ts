import type { CachedPreview, PreviewCache } from '../share/preview-cache.ts';

/** Cache API keys are URLs; this host is never fetched, only named. */
const KEY_ORIGIN = 'https://previews.clip-viewer.invalid';

interface Stored {
  value: CachedPreview;
  /** Epoch ms: the Cache API keeps whole seconds, previews' lifetimes may be finer. */
  expires: number;
}

function isStored(body: unknown): body is Stored {
  if (typeof body !== 'object' || body === null) return false;
  const { value, expires } = body as Partial<Stored>;
  const clip = value === null || (typeof value === 'object' && typeof value.id === 'string');
  return clip && typeof expires === 'number';
}

/**
 * Previews on Workers: this isolate's memory first, then the location's Cache API
 * (`caches.default`), which every isolate there shares, so a link posted somewhere busy is
 * looked up once per location rather than once per isolate. A failing cache is a miss, never
 * an error on the page. (On a workers.dev host the Cache API keeps nothing; memory still does.)
 */
export function cacheApiPreviews(
  cache: Cache,
  memory: PreviewCache,
  now: () => number = Date.now,
): PreviewCache {
  const url = (key: string) => `${KEY_ORIGIN}/${encodeURIComponent(key)}`;
  return {
    async get(key) {
      const remembered = await memory.get(key);
      if (remembered !== undefined) return remembered;
      try {
        const response = await cache.match(url(key));
        if (!response) return undefined;
        const body: unknown = await response.json();
        if (!isStored(body) || body.expires <= now()) return undefined;
        await memory.set(key, body.value, body.expires - now());
        return body.value;
      } catch {
        return undefined;
      }
    },
    async set(key, value, ttlMs) {
      await memory.set(key, value, ttlMs);
      const stored: Stored = { value, expires: now() + ttlMs };
      const response = new Response(JSON.stringify(stored), {
        headers: {
          'Content-Type': 'application/json',
          'Cache-Control': `max-age=${Math.max(1, Math.ceil(ttlMs / 1000))}`,
        },
      });
      try {
        await cache.put(url(key), response);
      } catch {
        // Kept in memory still; the location's cache is a bonus.
      }
    },
  };
}

/** `caches.default` where the platform has it (workerd), else undefined (Node). */
export function platformDefaultCache(): Cache | undefined {
  if (typeof caches === 'undefined') return undefined;
  return (caches as CacheStorage & { default?: Cache }).default;
}
