/**
 * Lenient readers for untrusted JSON: each returns the value when it has the expected type and
 * null otherwise, so one odd field costs that field, never the whole record. A few lines here
 * do what a schema library would, at a fraction of the bundle.
 */
export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : null;
}

export function optString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function optBool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function optNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Numbers, or numbers sent as strings ("191.5"), as providers do for durations. */
export function optNumeric(value: unknown): number | string | null {
  return optNumber(value) ?? optString(value);
}
