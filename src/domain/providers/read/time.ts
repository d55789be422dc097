/**
 * Times as resellers write them, to the ISO 8601 the clip model keeps: epoch milliseconds (or
 * seconds), as numbers or digit strings, ISO text, or `2025-01-01 00:00:00` without a zone.
 * The providers do not say which zone that last form is in; it is read as UTC.
 */
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Numbers this small are seconds: milliseconds would put them in early 1973. */
const SECONDS_BELOW = 1e11;

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const date = new Date(n < SECONDS_BELOW ? n * 1000 : n);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isoTime(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  const iso = NO_ZONE.test(text) ? `${text.replace(' ', 'T')}Z` : text;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
