import { useSyncExternalStore } from 'react';
import type { ProviderKind } from '../../api/clip';
import type { ProviderConfig } from '../../api/providers';
import { PROVIDERS } from '../../api/providers';
import { readJson, readStored, writeStored } from '../../lib/storage';

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

const SETTINGS_SLOT = 'clip-viewer:settings';
export const KEY_SLOT = 'clip-viewer:api-key';

interface StoredSettings {
  kind: ProviderKind;
  baseUrls: Partial<Record<ProviderKind, string>>;
}

function isProviderKind(v: unknown): v is ProviderKind {
  return typeof v === 'string' && Object.hasOwn(PROVIDERS, v);
}

function isStoredSettings(v: unknown): v is StoredSettings {
  if (typeof v !== 'object' || v === null) return false;
  const rec = v as Record<string, unknown>;
  const urls = rec.baseUrls;
  return (
    isProviderKind(rec.kind) &&
    typeof urls === 'object' &&
    urls !== null &&
    Object.entries(urls).every(([k, u]) => isProviderKind(k) && typeof u === 'string')
  );
}

function buildDefaults(): StoredSettings {
  const envKind: unknown = import.meta.env.VITE_DEFAULT_PROVIDER;
  const kind = isProviderKind(envKind) ? envKind : 'demo';
  const envBase: unknown = import.meta.env.VITE_DEFAULT_BASE_URL;
  const baseUrls: Partial<Record<ProviderKind, string>> = {};
  if (typeof envBase === 'string' && envBase.trim()) baseUrls[kind] = envBase.trim();
  return { kind, baseUrls };
}

function load(): Settings {
  const stored = readJson('local', SETTINGS_SLOT, isStoredSettings) ?? buildDefaults();
  const remembered = readStored('local', KEY_SLOT);
  const sessionKey = readStored('session', KEY_SLOT);
  return {
    kind: stored.kind,
    baseUrls: stored.baseUrls,
    apiKey: sessionKey ?? remembered ?? '',
    rememberKey: remembered !== null,
  };
}

let current: Settings | null = null;
const listeners = new Set<() => void>();

function snapshot(): Settings {
  current ??= load();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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
  const stored: StoredSettings = { kind: next.kind, baseUrls: next.baseUrls };
  writeStored('local', SETTINGS_SLOT, JSON.stringify(stored));
  const key = next.apiKey.trim();
  // Write the key to exactly one place and clear the other, so "forget" really forgets.
  writeStored('session', KEY_SLOT, key && !next.rememberKey ? key : null);
  writeStored('local', KEY_SLOT, key && next.rememberKey ? key : null);
  current = { ...next, apiKey: key };
  listeners.forEach((l) => l());
}

export function forgetKey(): void {
  saveSettings({ ...snapshot(), apiKey: '', rememberKey: false });
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** For tests: drop the in-memory copy so the next read comes from storage. */
export function resetSettingsCache(): void {
  current = null;
}
