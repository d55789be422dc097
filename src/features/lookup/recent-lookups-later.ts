/**
 * Remembering a lookup happens after the page shows it, so the list's code (its schema and
 * storage) loads then, not before the first paint. Not put off until idle: a person who
 * leaves the page within a second or two would lose the entry.
 */
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';
import type { RememberInput } from './recent-lookups';

export function rememberLookup(input: RememberInput): void {
  void import('./recent-lookups').then((m) => m.rememberLookup(input));
}

export function updateRecentPreview(
  provider: ProviderKind,
  lookup: LookupTarget,
  title: string | null,
  coverUrl: string | null,
): void {
  void import('./recent-lookups').then((m) =>
    m.updateRecentPreview(provider, lookup, title, coverUrl),
  );
}
