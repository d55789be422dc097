import type { KeyRefusal } from '../domain/key-policy';
import { PROVIDERS, PROXY_PREFIX, type ProviderKind } from '../domain/providers';

/** What a lookup talks to: a provider, where it lives, and the key it may be sent. */
export interface ProviderConfig {
  kind: ProviderKind;
  baseUrl: string;
  /** Only a key that may go to this base URL; empty when none may. */
  apiKey: string;
  /** Why a saved key is not in `apiKey`, so the page can say so instead of "add a key". */
  keyWithheld?: { reason: KeyRefusal; savedFor: string } | null;
}

/** Whether a lookup can go ahead: a real provider needs a key here or in the proxy. */
export function hasUsableKey(config: ProviderConfig): boolean {
  return (
    !PROVIDERS[config.kind].needsKey ||
    config.apiKey.trim() !== '' ||
    config.baseUrl.trim().startsWith(PROXY_PREFIX)
  );
}
