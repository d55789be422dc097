import type { HistoryEntry } from '../../domain/clip';

/**
 * Suno writes an extend as a `gen` entry with `continue_at`, and an infill as any entry with
 * `infill: true`; people know them by those names.
 */
export function historyKind(entry: HistoryEntry, fromConcat: boolean): string {
  if (fromConcat) return 'concat';
  if (entry.infill) return 'infill';
  if (entry.type === 'upload') return 'upload';
  if (entry.continueAt !== null) return 'extend';
  return entry.type || 'unknown';
}
