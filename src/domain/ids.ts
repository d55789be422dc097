/**
 * The ID rule: Suno names tasks and clips with UUIDs, compared without regard to case. This is
 * the one place the pattern is written; everything that reads IDs (pasted text, routes, share
 * links, stored lookups, provider answers) asks here.
 */
export const UUID_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const UUID = new RegExp(`^${UUID_SOURCE}$`, 'i');

export function isId(value: string): boolean {
  return UUID.test(value);
}

/** The canonical form of an ID (trimmed, lower case), or null when it is not one. */
export function normalizeId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim().toLowerCase();
  return UUID.test(id) ? id : null;
}

/** At most this many IDs in one lookup, link or stored entry. */
export const MAX_IDS = 20;

/** Normalized, de-duplicated IDs in their first order; null if any is not an ID or too many. */
export function normalizeIdList(values: readonly unknown[]): string[] | null {
  if (values.length === 0 || values.length > MAX_IDS) return null;
  const ids: string[] = [];
  for (const value of values) {
    const id = normalizeId(value);
    if (id === null) return null;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
