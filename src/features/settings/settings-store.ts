import * as v from 'valibot';
import type { ProviderConfig } from '../../api/providers';
import {
  isProviderKind,
  PROVIDER_KINDS,
  PROVIDERS,
  type ProviderKind,
} from '../../domain/providers';
import { persistedStore, usePersisted } from '../../lib/persisted-store';

/**
 * Provider settings. The key is kept apart from the rest: in sessionStorage by default, in
 * localStorage only when the person asks to be remembered, and never in any other slot.
 */
export interface Settings {
  kind: ProviderKind;
  /** Base URL per provider, so switching back and forth keeps what was typed. */
  baseUrls: Partial<Record<ProviderKind, string>>;
  apiKey: string;
  rememberKey: boolean;
}

export const KEY_SLOT = 'clip-viewer:api-key';

const storedSettingsSchema = v.object({
  kind: v.picklist(PROVIDER_KINDS),
  baseUrls: v.record(v.picklist(PROVIDER_KINDS), v.string()),
});
type StoredSettings = v.InferOutput<typeof storedSettingsSchema>;

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
const keySchema = v.pipe(v.string(), v.trim(), v.nonEmpty());
const sessionKey = persistedStore<string | null>({
  key: KEY_SLOT,
  area: 'session',
  schema: keySchema,
  fallback: () => null,
});
const rememberedKey = persistedStore<string | null>({
  key: KEY_SLOT,
  schema: keySchema,
  fallback: () => null,
});

export function baseUrlFor(settings: Settings, kind: ProviderKind): string {
  return settings.baseUrls[kind]?.trim() || PROVIDERS[kind].defaultBaseUrl;
}

export function configFrom(settings: Settings): ProviderConfig {
  return {
    kind: settings.kind,
    baseUrl: baseUrlFor(settings, settings.kind),
    apiKey: settings.apiKey,
  };
}

export function saveSettings(next: Settings): void {
  stored.set({ kind: next.kind, baseUrls: next.baseUrls });
  const key = next.apiKey.trim();
  // Write the key to exactly one place and clear the other, so "forget" really forgets.
  if (key && !next.rememberKey) sessionKey.set(key);
  else sessionKey.clear();
  if (key && next.rememberKey) rememberedKey.set(key);
  else rememberedKey.clear();
}

export function forgetKey(): void {
  sessionKey.clear();
  rememberedKey.clear();
}

let last: Settings | null = null;

/** One object for the three stored parts, the same one while none of them changed. */
function combine(
  base: StoredSettings,
  session: string | null,
  remembered: string | null,
): Settings {
  const apiKey = session ?? remembered ?? '';
  const rememberKey = remembered !== null;
  if (
    last &&
    last.kind === base.kind &&
    last.baseUrls === base.baseUrls &&
    last.apiKey === apiKey &&
    last.rememberKey === rememberKey
  ) {
    return last;
  }
  last = { kind: base.kind, baseUrls: base.baseUrls, apiKey, rememberKey };
  return last;
}

export function readSettings(): Settings {
  return combine(stored.get(), sessionKey.get(), rememberedKey.get());
}

export function useSettings(): Settings {
  return combine(usePersisted(stored), usePersisted(sessionKey), usePersisted(rememberedKey));
}
