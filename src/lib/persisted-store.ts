/**
 * The one way the app keeps state across reloads: a value in Web Storage, read through a
 * schema (another tab, an older version of the app or a curious person may have written it),
 * shared by every component that reads it, and kept in step across tabs by storage events.
 * Storage that throws (private modes, full quotas) never breaks the page: the value then lives
 * for this page only.
 */
import * as v from 'valibot';
import { createSignal, useStore } from './store';

export type StorageArea = 'local' | 'session';

export interface PersistedStore<T> {
  get(): T;
  set(next: T): void;
  /** Removes the stored value; `get()` returns the fallback again. */
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export interface PersistedStoreOptions<T> {
  key: string;
  area?: StorageArea;
  schema: v.GenericSchema<unknown, T>;
  /** What `get()` returns when nothing valid is stored. */
  fallback: () => T;
  /** Stored text longer than this is not ours and is not worth parsing. */
  maxChars?: number;
}

function storage(area: StorageArea): Storage | null {
  try {
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function readRaw(area: StorageArea, key: string): string | null {
  try {
    return storage(area)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeRaw(area: StorageArea, key: string, value: string | null): void {
  try {
    const store = storage(area);
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // Quota or privacy mode: the value lives in memory for this page, which is acceptable.
  }
}

/** Strings are stored as they are, everything else as JSON; decoding tries JSON first. */
function encode(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function decode<T>(raw: string, schema: v.GenericSchema<unknown, T>): T | undefined {
  try {
    const parsed = v.safeParse(schema, JSON.parse(raw));
    if (parsed.success) return parsed.output;
  } catch {
    // Not JSON: try the text itself below.
  }
  const asText = v.safeParse(schema, raw);
  return asText.success ? asText.output : undefined;
}

export function persistedStore<T>(options: PersistedStoreOptions<T>): PersistedStore<T> {
  const { key, schema, fallback } = options;
  const area = options.area ?? 'local';
  const maxChars = options.maxChars ?? 200_000;
  // useSyncExternalStore needs the same value back while nothing changed, so the parse is
  // cached against the raw text it came from. `memory` stands in when storage refuses writes.
  let cachedRaw: string | null | undefined;
  let cachedValue: T = fallback();
  let memory: { value: T } | null = null;

  const changes = createSignal();
  const notify = changes.emit;

  function get(): T {
    const raw = readRaw(area, key);
    if (raw === null && memory) return memory.value;
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      const decoded = raw === null || raw.length > maxChars ? undefined : decode(raw, schema);
      cachedValue = decoded === undefined ? fallback() : decoded;
    }
    return cachedValue;
  }

  function set(next: T): void {
    const text = encode(next);
    writeRaw(area, key, text);
    memory = readRaw(area, key) === text ? null : { value: next };
    notify();
  }

  function clear(): void {
    writeRaw(area, key, null);
    memory = null;
    notify();
  }

  function subscribe(listener: () => void): () => void {
    const stop = changes.subscribe(listener);
    // Other tabs' writes arrive only as storage events; `key` is null when they clear storage.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === key) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      stop();
      window.removeEventListener('storage', onStorage);
    };
  }

  return { get, set, clear, subscribe };
}

/** A component's view of a store: re-renders when it changes here or in another tab. */
export function usePersisted<T>(store: PersistedStore<T>): T {
  return useStore(store);
}
