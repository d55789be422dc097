/**
 * Raw provider clip → `Clip`. Both providers send the same Suno clip object (sunoapi.co flat,
 * sunoapi.com with a `metadata` block), so one reader serves both. Every optional field is read
 * leniently: a provider that sends a number where a string belongs loses that one field, not
 * the whole clip. Only a clip without an ID is refused, since nothing can key it.
 */
import type { Clip, ClipStatus, HistoryEntry } from '../clip';
import { ApiError } from '../client';
import { safeHttpUrl } from '../../lib/safe-url';
import {
  asRecord,
  optBool,
  optNumber,
  optNumeric,
  optString,
  type JsonRecord,
} from '../../lib/json-fields';

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

function nonEmpty(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.trim().length > 0 ? value : null;
}

function stripM(id: string): string {
  return id.startsWith('m_') ? id.slice(2) : id;
}

function toSeconds(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function toCount(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function splitTags(tags: unknown): string[] {
  const parts = typeof tags === 'string' ? tags.split(',') : Array.isArray(tags) ? tags : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') continue;
    const tag = part.trim();
    const key = tag.toLowerCase();
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

// A malformed entry drops out on its own instead of costing the clip its whole lineage.
function toHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: HistoryEntry[] = [];
  for (const item of raw) {
    const entry = asRecord(item);
    const rawId = optString(entry?.id);
    if (!entry || rawId === null) continue;
    const id = stripM(rawId.trim());
    if (id.length === 0) continue;
    out.push({
      id,
      type: optString(entry.type) ?? '',
      source: nonEmpty(optString(entry.source)),
      infill: optBool(entry.infill) ?? false,
      continueAt: toSeconds(optNumeric(entry.continue_at)),
    });
  }
  return out;
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}

export interface NormalizeContext {
  /** sunoapi.co's task-level `prompt.prompt`. */
  taskPrompt?: string | null;
  /** Used when a clip carries no status of its own (the task's status word). */
  fallbackStatus?: string | null;
}

/** Returns null when `raw` is not a clip at all (not an object, or no usable ID). */
export function normalizeClip(raw: unknown, context: NormalizeContext = {}): Clip | null {
  const c = asRecord(raw);
  const rawId = optString(c?.id);
  if (!c || rawId === null) return null;
  const id = rawId.trim();
  if (id.length === 0) return null;

  // Flat clips carry the metadata fields at the top level; a metadata block wins when present.
  const meta: JsonRecord = asRecord(c.metadata) ?? {};
  const field = (key: string): unknown => meta[key] ?? c[key];
  const text = (key: string): string | null => optString(meta[key]) ?? optString(c[key]);
  const own = (key: string): string | null => optString(c[key]);

  const audioUrl = safeHttpUrl(c.audio_url);
  const rawStatus = own('status') ?? context.fallbackStatus ?? '';
  const history = toHistory(field('history'));
  const audioPromptId = nonEmpty(text('audio_prompt_id'));
  const lastHistory = history.length > 0 ? history[history.length - 1] : undefined;

  return {
    id,
    title: own('title') ?? '',
    status: mapStatus(rawStatus, audioUrl !== null),
    rawStatus,
    handle: nonEmpty(own('handle')),
    displayName: nonEmpty(own('display_name')),
    avatarUrl: safeHttpUrl(c.avatar_image_url),
    audioUrl,
    videoUrl: safeHttpUrl(c.video_url),
    imageUrl: safeHttpUrl(c.image_url),
    imageLargeUrl: safeHttpUrl(c.image_large_url),
    isVideoPending: optBool(c.is_video_pending) ?? false,
    modelName: nonEmpty(own('model_name')),
    modelVersion: nonEmpty(own('major_model_version')),
    createdAt: isoOrNull(own('created_at')),
    tags: splitTags(field('tags')),
    lyrics: nonEmpty(text('prompt')),
    descriptionPrompt: nonEmpty(text('gpt_description_prompt')),
    taskPrompt: nonEmpty(context.taskPrompt),
    duration: toSeconds(optNumeric(meta.duration) ?? optNumeric(c.duration)),
    clipType: nonEmpty(text('type')),
    history,
    concatHistory: toHistory(field('concat_history')),
    parentId: audioPromptId !== null ? stripM(audioPromptId.trim()) : (lastHistory?.id ?? null),
    errorType: nonEmpty(text('error_type')),
    errorMessage: nonEmpty(text('error_message')),
    playCount: toCount(optNumber(c.play_count)),
    upvoteCount: toCount(optNumber(c.upvote_count)),
    isPublic: optBool(c.is_public),
    hasVocal: optBool(meta.has_vocal) ?? optBool(c.has_vocal),
  };
}

/**
 * Normalizes a `clips` array; throws `bad-response` naming the first entry that is not a clip,
 * because a list with junk in it means we misread the response shape.
 */
export function normalizeClipList(rawClips: unknown, context: NormalizeContext = {}): Clip[] {
  if (!Array.isArray(rawClips)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return rawClips.map((raw, index) => {
    const clip = normalizeClip(raw, context);
    if (clip === null) {
      throw new ApiError(
        'bad-response',
        `The provider sent something that is not a clip (entry ${index + 1} has no ID).`,
      );
    }
    return clip;
  });
}
