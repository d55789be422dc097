import type { ClipStatus } from '../../clip';

/**
 * Status words seen across Suno and its proxies. `processing`/`running` say work is under way
 * without saying whether audio can be heard yet, so they count as streaming only when the clip
 * already carries a playable audio URL, and as queued otherwise.
 */
const STATUS_WORDS: Readonly<Record<string, ClipStatus>> = {
  submitted: 'submitted',
  created: 'submitted',
  queued: 'queued',
  pending: 'queued',
  waiting: 'queued',
  streaming: 'streaming',
  complete: 'complete',
  completed: 'complete',
  success: 'complete',
  succeeded: 'complete',
  done: 'complete',
  finished: 'complete',
  error: 'error',
  failed: 'error',
  failure: 'error',
  fail: 'error',
  errored: 'error',
  cancelled: 'error',
  canceled: 'error',
};

const IN_PROGRESS_WORDS: ReadonlySet<string> = new Set([
  'processing',
  'running',
  'in_progress',
  'generating',
]);

export function mapStatus(raw: string, hasAudio: boolean): ClipStatus {
  const word = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (IN_PROGRESS_WORDS.has(word)) return hasAudio ? 'streaming' : 'queued';
  return Object.hasOwn(STATUS_WORDS, word) ? (STATUS_WORDS[word] ?? 'unknown') : 'unknown';
}
