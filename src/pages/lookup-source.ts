import { hasUsableKey, type ProviderConfig } from '../api/provider-config';
import { PROVIDERS } from '../domain/providers';
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
  if (share.provider === 'demo') {
    return { kind: 'demo', baseUrl: PROVIDERS.demo.defaultBaseUrl, apiKey: '' };
  }
  return 'cdn';
}
