import type { PreviewClip } from './clip-lookup.ts';
import { TtlCache } from './ttl-cache.ts';

/** A looked-up clip, or null for one that could not be looked up (asked again sooner). */
export type CachedPreview = PreviewClip | null;

/**
 * Where previews are kept between visitors: this process's memory (Node), or in front of
 * the location's shared cache on Workers (`edge/cache-api-previews.ts`). Undefined: not kept.
 */
export interface PreviewCache {
  get(key: string): Promise<CachedPreview | undefined>;
  set(key: string, value: CachedPreview, ttlMs: number): Promise<void>;
}

/** Previews one process remembers at once, unless PreviewOptions.maxEntries says otherwise. */
export const DEFAULT_PREVIEW_ENTRIES = 500;

export function memoryPreviewCache(maxEntries: number, now?: () => number): PreviewCache {
  const cache = new TtlCache<CachedPreview>(maxEntries, now);
  return {
    get: (key) => Promise.resolve(cache.get(key)),
    set(key, value, ttlMs) {
      cache.set(key, value, ttlMs);
      return Promise.resolve();
    },
  };
}
