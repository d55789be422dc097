/**
 * The last lookups made on this device, for the start page's "Recent" list. Every entry is
 * read through a schema and rebuilt from its named fields only, so an API key or any other
 * stray property can never be carried into (or out of) this list.
 */
import * as v from 'valibot';
import { lookupTargetSchema, targetIdentity, type LookupTarget } from '../../domain/lookup-target';
import { PROVIDER_KINDS, type ProviderKind } from '../../domain/providers';
import { persistedStore, usePersisted } from '../../lib/persisted-store';
import { safeHttpUrl } from '../../lib/safe-url';

export const RECENT_KEY = 'clip-viewer:recent';
export const MAX_RECENT = 20;
const MAX_TITLE_CHARS = 200;

export interface RecentLookup {
  provider: ProviderKind;
  lookup: LookupTarget;
  /** When it was last looked up, epoch ms. */
  at: number;
  title: string | null;
  /** Always http(s) or null. */
  coverUrl: string | null;
}

export interface RememberInput {
  provider: ProviderKind;
  lookup: LookupTarget;
  /** Defaults to now. */
  at?: number;
  /** Null or missing keeps what was remembered before. */
  title?: string | null;
  coverUrl?: string | null;
}

function normalizeTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const title = value.trim();
  if (title.length === 0) return null;
  // Cut by code points so a cap never leaves half an emoji behind.
  const points = Array.from(title);
  return points.length > MAX_TITLE_CHARS ? points.slice(0, MAX_TITLE_CHARS).join('') : title;
}

const entrySchema = v.object({
  provider: v.picklist(PROVIDER_KINDS),
  lookup: lookupTargetSchema,
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  title: v.pipe(v.unknown(), v.transform(normalizeTitle)),
  coverUrl: v.pipe(v.unknown(), v.transform(safeHttpUrl)),
});

function identity(entry: Pick<RecentLookup, 'provider' | 'lookup'>): string {
  return targetIdentity(entry.provider, entry.lookup);
}

/** Good entries in order, bad ones dropped, repeats and anything past the cap ignored. */
const listSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((items): RecentLookup[] => {
    const list: RecentLookup[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const parsed = v.safeParse(entrySchema, item);
      if (!parsed.success) continue;
      const key = identity(parsed.output);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(parsed.output);
      if (list.length >= MAX_RECENT) break;
    }
    return list;
  }),
);

const EMPTY: RecentLookup[] = [];
const store = persistedStore<RecentLookup[]>({
  key: RECENT_KEY,
  schema: listSchema,
  fallback: () => EMPTY,
});

export function loadRecent(): RecentLookup[] {
  return store.get();
}

function save(list: RecentLookup[]): void {
  // Rebuilt through the schema so nothing but the five known fields is ever written.
  const clean = v.parse(listSchema, list);
  if (clean.length > 0) store.set(clean);
  else store.clear();
}

function parseTarget(lookup: LookupTarget): LookupTarget | null {
  const parsed = v.safeParse(lookupTargetSchema, lookup);
  return parsed.success ? parsed.output : null;
}

export function rememberLookup(input: RememberInput): void {
  const at = input.at;
  const parsed = v.safeParse(entrySchema, {
    provider: input.provider,
    lookup: input.lookup,
    at: typeof at === 'number' && Number.isFinite(at) && at >= 0 ? at : Date.now(),
    title: input.title,
    coverUrl: input.coverUrl,
  });
  if (!parsed.success) return;
  const entry = parsed.output;
  const list = loadRecent();
  const previous = list.find((e) => identity(e) === identity(entry));
  const merged: RecentLookup = {
    ...entry,
    title: entry.title ?? previous?.title ?? null,
    coverUrl: entry.coverUrl ?? previous?.coverUrl ?? null,
  };
  save([merged, ...list.filter((e) => identity(e) !== identity(entry))]);
}

/**
 * Fills in the title and cover once the clips have loaded. Keeps the entry's place, ignores
 * nulls (a lookup still polling has no title yet) and writes nothing when nothing changed,
 * so calling it from an effect on every poll is cheap.
 */
export function updateRecentPreview(
  provider: ProviderKind,
  lookup: LookupTarget,
  title: string | null,
  coverUrl: string | null,
): void {
  const target = parseTarget(lookup);
  if (target === null) return;
  const key = identity({ provider, lookup: target });
  const list = loadRecent();
  const index = list.findIndex((e) => identity(e) === key);
  const current = list[index];
  if (current === undefined) return;
  const nextTitle = normalizeTitle(title) ?? current.title;
  const nextCover = safeHttpUrl(coverUrl) ?? current.coverUrl;
  if (nextTitle === current.title && nextCover === current.coverUrl) return;
  const next = [...list];
  next[index] = { ...current, title: nextTitle, coverUrl: nextCover };
  save(next);
}

export function removeRecent(provider: ProviderKind, lookup: LookupTarget): void {
  const target = parseTarget(lookup);
  if (target === null) return;
  const key = identity({ provider, lookup: target });
  const list = loadRecent();
  const next = list.filter((e) => identity(e) !== key);
  if (next.length !== list.length) save(next);
}

export function clearRecent(): void {
  store.clear();
}

export function useRecentLookups(): RecentLookup[] {
  return usePersisted(store);
}
