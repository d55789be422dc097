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
export function normalizeIdList(
  values: readonly unknown[],
  normalize: (value: unknown) => string | null = normalizeId,
): string[] | null {
  if (values.length === 0 || values.length > MAX_IDS) return null;
  const ids: string[] = [];
  for (const value of values) {
    const id = normalize(value);
    if (id === null) return null;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * How a provider writes task IDs: Suno's UUIDs, or a token (sunoapi.org and its siblings hand
 * out 32 hex digits and other forms). Clip IDs are always UUIDs.
 */
export type IdForm = 'uuid' | 'token';

/** Letters, digits, `-` and `_`; long enough, and with a digit, so a word is not taken for one. */
const TOKEN = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_-]{15,63}$/;

export const ID_FORM_EXAMPLES: Readonly<Record<IdForm, string>> = {
  uuid: 'a UUID like 5a1e0001-0000-4000-8000-000000000001',
  token: 'a UUID or a code of 16–64 letters and digits',
};

/** A task ID in either form: UUIDs lower-cased (they compare without case), tokens as sent. */
export function normalizeTaskId(value: unknown): string | null {
  const uuid = normalizeId(value);
  if (uuid !== null) return uuid;
  if (typeof value !== 'string') return null;
  const token = value.trim();
  return TOKEN.test(token) ? token : null;
}

export function idFormOf(id: string): IdForm {
  return isId(id) ? 'uuid' : 'token';
}

/** Whether an ID is written in a form a provider accepts ('token' providers accept UUIDs too). */
export function fitsIdForm(id: string, form: IdForm): boolean {
  return form === 'token' ? normalizeTaskId(id) !== null : isId(id);
}

/** Like `normalizeIdList`, for task IDs of either form. */
export function normalizeTaskIdList(values: readonly unknown[]): string[] | null {
  return normalizeIdList(values, normalizeTaskId);
}
