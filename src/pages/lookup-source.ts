import { hasUsableKey, type ProviderConfig } from '../api/provider-config';
import { isSimulated, PROVIDERS } from '../domain/providers';
import type { ShareTarget } from '../domain/share-link';
import { configFrom, type Settings } from '../features/settings';

/**
 * Which provider answers a page: the person's own settings, or for a share link made with
 * another provider, the demo simulator (needs no key) or else the public CDN.
 */
export function resolveSource(
  settings: Settings,
  share: ShareTarget | null,
): ProviderConfig | 'cdn' {
  const own = configFrom(settings);
  if (!share) return own;
  if (share.provider === settings.kind) {
    return hasUsableKey(own) ? own : 'cdn';
  }
  if (isSimulated(share.provider)) {
    return { kind: share.provider, baseUrl: PROVIDERS[share.provider].defaultBaseUrl, apiKey: '' };
  }
  return 'cdn';
}
