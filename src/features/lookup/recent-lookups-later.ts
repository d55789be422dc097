/**
 * Remembering a lookup happens after the page shows it, once the page is idle, so the list's
 * code (its schema and storage) loads then, not before the first paint.
 */
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';
import { whenIdle } from '../../lib/when-idle';
import type { RememberInput } from './recent-lookups';

export function rememberLookup(input: RememberInput): void {
  whenIdle(() => void import('./recent-lookups').then((m) => m.rememberLookup(input)));
}

export function updateRecentPreview(
  provider: ProviderKind,
  lookup: LookupTarget,
  title: string | null,
  coverUrl: string | null,
): void {
  whenIdle(
    () =>
      void import('./recent-lookups').then((m) =>
        m.updateRecentPreview(provider, lookup, title, coverUrl),
      ),
  );
}
