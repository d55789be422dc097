import * as v from 'valibot';
import type { ProviderConfig } from '../../api/provider-config';
import { resolveBaseUrl } from '../../domain/providers/url';
import { keyRefusal, originOf } from '../../domain/key-policy';
import {
  isProviderKind,
  isRealProvider,
  PROVIDER_KINDS,
  PROVIDERS,
  REAL_PROVIDERS,
  type ProviderKind,
  type RealProviderKind,
} from '../../domain/providers';
import { persistedStore, usePersisted } from '../../lib/persisted-store';

/** A key as saved: for one provider, bound to the origin it was saved for. */
export interface SavedKey {
  key: string;
  origin: string;
  /** Kept on this device (localStorage) rather than for the session. */
  remember: boolean;
}

/**
 * Provider settings. Each real provider has its own key, kept apart from the rest: in
 * sessionStorage by default, in localStorage only when the person asks to be remembered.
 */
export interface Settings {
  kind: ProviderKind;
  /** Base URL per provider, so switching back and forth keeps what was typed. */
  baseUrls: Partial<Record<ProviderKind, string>>;
  keys: Partial<Record<RealProviderKind, SavedKey>>;
}

const storedSettingsSchema = v.object({
  kind: v.picklist(PROVIDER_KINDS),
  baseUrls: v.record(v.picklist(PROVIDER_KINDS), v.string()),
});
type StoredSettings = v.InferOutput<typeof storedSettingsSchema>;

const keyRingSchema = v.record(
  v.picklist(REAL_PROVIDERS),
  v.object({ key: v.pipe(v.string(), v.trim(), v.nonEmpty()), origin: v.string() }),
);
type KeyRing = v.InferOutput<typeof keyRingSchema>;

function buildDefaults(): StoredSettings {
  const envKind: unknown = import.meta.env.VITE_DEFAULT_PROVIDER;
  const kind = isProviderKind(envKind) ? envKind : 'demo';
  const envBase: unknown = import.meta.env.VITE_DEFAULT_BASE_URL;
  const baseUrls: Partial<Record<ProviderKind, string>> = {};
  if (typeof envBase === 'string' && envBase.trim()) baseUrls[kind] = envBase.trim();
  return { kind, baseUrls };
}

const stored = persistedStore<StoredSettings>({
  key: 'clip-viewer:settings',
  schema: storedSettingsSchema,
  fallback: buildDefaults,
});
const EMPTY_RING: KeyRing = {};
const KEYS_SLOT = 'clip-viewer:keys';
const sessionKeys = persistedStore<KeyRing>({
  key: KEYS_SLOT,
  area: 'session',
  schema: keyRingSchema,
  fallback: () => EMPTY_RING,
});
const rememberedKeys = persistedStore<KeyRing>({
  key: KEYS_SLOT,
  schema: keyRingSchema,
  fallback: () => EMPTY_RING,
});

export function baseUrlFor(settings: Pick<Settings, 'baseUrls'>, kind: ProviderKind): string {
  return settings.baseUrls[kind]?.trim() || PROVIDERS[kind].defaultBaseUrl;
}

/** The origin a key saved now for this provider would be bound to. */
export function keyOriginFor(settings: Pick<Settings, 'baseUrls'>, kind: ProviderKind): string {
  return originOf(resolveBaseUrl(baseUrlFor(settings, kind))) ?? '';
}

/** What the lookup talks to: the provider's base URL, and its key only where it may go. */
export function configFrom(settings: Settings): ProviderConfig {
  const kind = settings.kind;
  const baseUrl = baseUrlFor(settings, kind);
  const saved = isRealProvider(kind) ? settings.keys[kind] : undefined;
  if (!saved) return { kind, baseUrl, apiKey: '' };
  const reason = keyRefusal(resolveBaseUrl(baseUrl), saved.origin);
  return reason === null
    ? { kind, baseUrl, apiKey: saved.key }
    : { kind, baseUrl, apiKey: '', keyWithheld: { reason, savedFor: saved.origin } };
}

/** Saves everything; `key` (possibly empty) is the current provider's, bound to its origin. */
export function saveSettings(
  next: Pick<Settings, 'kind' | 'baseUrls'>,
  key: { value: string; remember: boolean },
): void {
  stored.set({ kind: next.kind, baseUrls: next.baseUrls });
  if (!isRealProvider(next.kind)) return;
  const value = key.value.trim();
  const entry = value ? { key: value, origin: keyOriginFor(next, next.kind) } : null;
  // Written to exactly one place and cleared from the other, so "forget" really forgets.
  writeKey(sessionKeys, next.kind, entry && !key.remember ? entry : null);
  writeKey(rememberedKeys, next.kind, entry && key.remember ? entry : null);
}

function writeKey(
  store: typeof sessionKeys,
  kind: RealProviderKind,
  entry: KeyRing[RealProviderKind] | null,
): void {
  const ring: KeyRing = { ...store.get() };
  if (entry) ring[kind] = entry;
  else delete ring[kind];
  if (Object.keys(ring).length > 0) store.set(ring);
  else store.clear();
}

export function forgetKey(kind: ProviderKind): void {
  if (!isRealProvider(kind)) return;
  writeKey(sessionKeys, kind, null);
  writeKey(rememberedKeys, kind, null);
}

/**
 * Earlier versions kept one key for every provider. It goes to the provider it was saved
 * with (and that provider's origin then); a key saved with the Demo selected is dropped.
 * Called once by the app's entry, before anything reads the settings: importing this module
 * writes nothing.
 */
const LEGACY_KEY_SLOT = 'clip-viewer:api-key';
const legacyKey = (area: 'local' | 'session') =>
  persistedStore<string | null>({
    key: LEGACY_KEY_SLOT,
    area,
    schema: v.pipe(v.string(), v.trim(), v.nonEmpty()),
    fallback: () => null,
  });

export function migrateStoredSettings(): void {
  const settings = stored.get();
  for (const [area, ring] of [
    ['session', sessionKeys],
    ['local', rememberedKeys],
  ] as const) {
    const legacy = legacyKey(area);
    const key = legacy.get();
    if (key === null) continue;
    if (isRealProvider(settings.kind) && !ring.get()[settings.kind]) {
      writeKey(ring, settings.kind, { key, origin: keyOriginFor(settings, settings.kind) });
    }
    legacy.clear();
  }
}

let last: Settings | null = null;

/** One object for the stored parts, the same one while none of them changed. */
function combine(base: StoredSettings, session: KeyRing, remembered: KeyRing): Settings {
  if (last && last.kind === base.kind && last.baseUrls === base.baseUrls) {
    const same = REAL_PROVIDERS.every((k) => {
      const key = session[k] ?? remembered[k];
      const had = last?.keys[k];
      return key?.key === had?.key && key?.origin === had?.origin;
    });
    if (same) return last;
  }
  const keys: Settings['keys'] = {};
  for (const kind of REAL_PROVIDERS) {
    const fromSession = session[kind];
    const fromDevice = remembered[kind];
    const entry = fromSession ?? fromDevice;
    if (entry) keys[kind] = { ...entry, remember: !fromSession };
  }
  last = { kind: base.kind, baseUrls: base.baseUrls, keys };
  return last;
}

export function readSettings(): Settings {
  return combine(stored.get(), sessionKeys.get(), rememberedKeys.get());
}

export function useSettings(): Settings {
  return combine(usePersisted(stored), usePersisted(sessionKeys), usePersisted(rememberedKeys));
}
