/**
 * The last lookups made on this device, for the empty state's "Recent" list. Stored in
 * localStorage, which another tab, an old version of the app or a curious person may have
 * written, so every read is validated and every entry is rebuilt from named fields only: an
 * API key or any other stray property can never be carried into (or out of) this list.
 */
import { useSyncExternalStore } from 'react';
import type { ProviderKind } from '../../api/clip';
import type { LookupTarget } from '../../api/providers';
import { safeHttpUrl } from '../../lib/safe-url';
import { readStored, writeStored } from '../../lib/storage';

export const RECENT_KEY = 'clip-viewer:recent';
export const MAX_RECENT = 20;
const MAX_IDS = 20;
const MAX_TITLE_CHARS = 200;
// Twenty entries are a few KB; anything far larger is not ours and not worth parsing.
const MAX_RAW_CHARS = 200_000;

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

const PROVIDER_KINDS: ReadonlySet<string> = new Set<ProviderKind>([
  'demo',
  'sunoapi-co',
  'sunoapi-com',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMPTY: RecentLookup[] = [];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalizeId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim().toLowerCase();
  return UUID.test(id) ? id : null;
}

function normalizeLookup(value: unknown): LookupTarget | null {
  if (!isRecord(value)) return null;
  if (value.mode === 'task') {
    const taskId = normalizeId(value.taskId);
    return taskId === null ? null : { mode: 'task', taskId };
  }
  if (value.mode === 'clips') {
    if (!Array.isArray(value.ids) || value.ids.length === 0 || value.ids.length > MAX_IDS) {
      return null;
    }
    const ids: string[] = [];
    for (const raw of value.ids) {
      const id = normalizeId(raw);
      if (id === null) return null;
      if (!ids.includes(id)) ids.push(id);
    }
    return { mode: 'clips', ids };
  }
  return null;
}

function normalizeTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const title = value.trim();
  if (title.length === 0) return null;
  // Cut by code points so a cap never leaves half an emoji behind.
  const points = Array.from(title);
  return points.length > MAX_TITLE_CHARS ? points.slice(0, MAX_TITLE_CHARS).join('') : title;
}

function normalizeProvider(value: unknown): ProviderKind | null {
  return typeof value === 'string' && PROVIDER_KINDS.has(value) ? (value as ProviderKind) : null;
}

function normalizeEntry(value: unknown): RecentLookup | null {
  if (!isRecord(value)) return null;
  const provider = normalizeProvider(value.provider);
  const lookup = normalizeLookup(value.lookup);
  const at = value.at;
  if (provider === null || lookup === null) return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return null;
  return {
    provider,
    lookup,
    at,
    title: normalizeTitle(value.title),
    coverUrl: safeHttpUrl(value.coverUrl),
  };
}

/** Clip order does not change which clips a lookup shows, so it does not make a new entry. */
function identity(provider: ProviderKind, lookup: LookupTarget): string {
  const ids = lookup.mode === 'task' ? [lookup.taskId] : [...lookup.ids].sort();
  return `${provider}|${lookup.mode}|${ids.join(',')}`;
}

function parseList(raw: string | null): RecentLookup[] {
  if (raw === null || raw.length > MAX_RAW_CHARS) return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!Array.isArray(parsed)) return EMPTY;
  const list: RecentLookup[] = [];
  const seen = new Set<string>();
  for (const item of parsed) {
    const entry = normalizeEntry(item);
    if (entry === null) continue;
    const key = identity(entry.provider, entry.lookup);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(entry);
    if (list.length >= MAX_RECENT) break;
  }
  return list;
}

// useSyncExternalStore needs the same array back while nothing changed, so the parse is
// cached against the raw string it came from.
let cachedRaw: string | null | undefined;
let cachedList: RecentLookup[] = EMPTY;

export function loadRecent(): RecentLookup[] {
  const raw = readStored('local', RECENT_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedList = parseList(raw);
  }
  return cachedList;
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function save(list: RecentLookup[]): void {
  // Rebuilt field by field so nothing but these five properties is ever written.
  const plain = list.map((e) => ({
    provider: e.provider,
    lookup:
      e.lookup.mode === 'task'
        ? { mode: 'task', taskId: e.lookup.taskId }
        : { mode: 'clips', ids: [...e.lookup.ids] },
    at: e.at,
    title: e.title,
    coverUrl: e.coverUrl,
  }));
  writeStored('local', RECENT_KEY, plain.length > 0 ? JSON.stringify(plain) : null);
  notify();
}

export function rememberLookup(input: RememberInput): void {
  const provider = normalizeProvider(input.provider);
  const lookup = normalizeLookup(input.lookup);
  if (provider === null || lookup === null) return;
  const at =
    typeof input.at === 'number' && Number.isFinite(input.at) && input.at >= 0
      ? input.at
      : Date.now();
  const key = identity(provider, lookup);
  const list = loadRecent();
  const previous = list.find((e) => identity(e.provider, e.lookup) === key);
  const entry: RecentLookup = {
    provider,
    lookup,
    at,
    title: normalizeTitle(input.title) ?? previous?.title ?? null,
    coverUrl: safeHttpUrl(input.coverUrl) ?? previous?.coverUrl ?? null,
  };
  const rest = list.filter((e) => identity(e.provider, e.lookup) !== key);
  save([entry, ...rest].slice(0, MAX_RECENT));
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
  const target = normalizeLookup(lookup);
  if (target === null) return;
  const key = identity(provider, target);
  const list = loadRecent();
  const index = list.findIndex((e) => identity(e.provider, e.lookup) === key);
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
  const target = normalizeLookup(lookup);
  if (target === null) return;
  const key = identity(provider, target);
  const list = loadRecent();
  const next = list.filter((e) => identity(e.provider, e.lookup) !== key);
  if (next.length !== list.length) save(next);
}

export function clearRecent(): void {
  writeStored('local', RECENT_KEY, null);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Other tabs' writes arrive only as storage events; `key` is null when they clear storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === RECENT_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function serverSnapshot(): RecentLookup[] {
  return EMPTY;
}

export function useRecentLookups(): RecentLookup[] {
  return useSyncExternalStore(subscribe, loadRecent, serverSnapshot);
}
