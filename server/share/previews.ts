import { isRealProvider } from '../../src/domain/providers/index.ts';
import type { ShareTarget } from '../../src/domain/share-link.ts';
import { FixedWindowLimiter } from '../proxy/rate-limit.ts';
import { lookupClip, type ClipLookupDeps, type PreviewClip } from './clip-lookup.ts';
import { DEFAULT_PREVIEW_ENTRIES, memoryPreviewCache, type PreviewCache } from './preview-cache.ts';
import type { Visitor } from './visitor.ts';

export interface PreviewOptions {
  /** How long a page waits for the clip before it is served with the generic tags (1.5 s). */
  timeoutMs?: number;
  /** How long a lookup may go on after that, to fill the cache for the next visitor (10 s). */
  backgroundMs?: number;
  /** Lifetime of a finished clip's preview (5 min); one still being made keeps 15 s. */
  ttlMs?: number;
  /** Previews remembered at once (500). */
  maxEntries?: number;
  /** Lookups of real providers per minute, all visitors together (120): the key is shared. */
  providerLookupsPerMinute?: number;
  /**
   * Lookups of real providers per minute one visitor who is not a link previewer may cause
   * (5): people cannot use up the budget that makes real share links unfurl.
   */
  visitorLookupsPerMinute?: number;
  /**
   * Lookups one client that says it is a link previewer may cause per minute (30): a user
   * agent is easy to forge, so no one address can use up the shared budget either.
   */
  crawlerLookupsPerMinute?: number;
  /** Where previews are kept; this process's memory (maxEntries of them) by default. */
  cache?: PreviewCache;
}

/** The clip behind a share link, for its preview tags and its oEmbed answer. */
export interface PreviewSource {
  /** The clip, or null when it is unknown or did not arrive within the page's timeout. */
  clip(target: ShareTarget, origin: string, visitor?: Visitor): Promise<PreviewClip | null>;
}

const UNSETTLED_TTL_MS = 15_000;
/** A clip that could not be looked up is asked for again after this. */
const MISS_TTL_MS = 30_000;

function keyOf(target: ShareTarget): string {
  const ids = (target.lookup.mode === 'task' ? target.lookup.taskIds : target.lookup.ids).join(',');
  return `${target.provider}|${target.lookup.mode}|${ids}|${target.clipId}`;
}

/**
 * Cached for a few minutes, asked for once however many crawlers arrive together, and never
 * waited for longer than the timeout: a slow provider delays no page.
 */
export function createPreviewSource(
  deps: ClipLookupDeps,
  options: PreviewOptions = {},
): PreviewSource {
  const timeoutMs = options.timeoutMs ?? 1_500;
  const backgroundMs = options.backgroundMs ?? 10_000;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const cache = options.cache ?? memoryPreviewCache(options.maxEntries ?? DEFAULT_PREVIEW_ENTRIES);
  const inFlight = new Map<string, Promise<PreviewClip | null>>();
  const limiter = new FixedWindowLimiter({
    limit: options.providerLookupsPerMinute ?? 120,
    windowMs: 60_000,
    maxClients: 1,
  });
  const perVisitor = new FixedWindowLimiter({
    limit: options.visitorLookupsPerMinute ?? 5,
    windowMs: 60_000,
    maxClients: 10_000,
  });
  const perCrawler = new FixedWindowLimiter({
    limit: options.crawlerLookupsPerMinute ?? 30,
    windowMs: 60_000,
    maxClients: 10_000,
  });
  /** A real provider is asked within the shared budget and the asking client's own. */
  const mayAsk = (visitor: Visitor | undefined) =>
    (visitor === undefined ||
      (visitor.crawler ? perCrawler : perVisitor).take(visitor.client) === 0) &&
    limiter.take('providers') === 0;

  function start(key: string, target: ShareTarget, origin: string): Promise<PreviewClip | null> {
    const lookup = lookupClip(deps, target, origin, AbortSignal.timeout(backgroundMs))
      .catch(() => null)
      .then(async (clip) => {
        const ttl = clip === null ? MISS_TTL_MS : clip.settled ? ttlMs : UNSETTLED_TTL_MS;
        await cache.set(key, clip, ttl);
        return clip;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, lookup);
    return lookup;
  }

  return {
    async clip(target, origin, visitor) {
      // Origin is part of the key: Demo media URLs are built on the origin that asked.
      const key = `${origin}|${keyOf(target)}`;
      const cached = await cache.get(key);
      if (cached !== undefined) return cached;
      let lookup = inFlight.get(key);
      if (!lookup) {
        if (isRealProvider(target.provider) && !mayAsk(visitor)) return null;
        lookup = start(key, target, origin);
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      });
      try {
        return await Promise.race([lookup, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
