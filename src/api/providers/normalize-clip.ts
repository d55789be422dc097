/**
 * Raw provider clip → `Clip`. Both providers send the same Suno clip object (sunoapi.co flat,
 * sunoapi.com with a `metadata` block), so one reader serves both. Every optional field is read
 * leniently: a provider that sends a number where a string belongs loses that one field, not
 * the whole clip. Only a clip without an ID is refused, since nothing can key it.
 */
import * as v from 'valibot';
import type { Clip, ClipStatus, HistoryEntry } from '../clip';
import { ApiError } from '../client';
import { safeHttpUrl } from '../../lib/safe-url';
import {
  clipFieldsSchema,
  historyEntrySchema,
  rawClipSchema,
  type ClipFields,
} from './raw-schemas';

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

function toCount(value: number | null): number | null {
  return value !== null && value >= 0 ? value : null;
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
    const parsed = v.safeParse(historyEntrySchema, item);
    if (!parsed.success) continue;
    const entry = parsed.output;
    const id = stripM(entry.id).trim();
    if (id.length === 0) continue;
    out.push({
      id,
      type: entry.type ?? '',
      source: nonEmpty(entry.source),
      infill: entry.infill ?? false,
      continueAt: toSeconds(entry.continue_at),
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
  const parsed = v.safeParse(rawClipSchema, raw);
  if (!parsed.success) return null;
  const c = parsed.output;
  // Flat clips carry the metadata fields at the top level; a metadata block wins when present.
  const top = v.parse(clipFieldsSchema, raw);
  const meta = c.metadata;
  const field = <K extends keyof ClipFields>(key: K): ClipFields[K] => meta?.[key] ?? top[key];

  const audioUrl = safeHttpUrl(c.audio_url);
  const rawStatus = c.status ?? context.fallbackStatus ?? '';
  const history = toHistory(field('history'));
  const audioPromptId = nonEmpty(field('audio_prompt_id'));
  const lastHistory = history.length > 0 ? history[history.length - 1] : undefined;

  return {
    id: c.id,
    title: c.title ?? '',
    status: mapStatus(rawStatus, audioUrl !== null),
    rawStatus,
    handle: nonEmpty(c.handle),
    displayName: nonEmpty(c.display_name),
    avatarUrl: safeHttpUrl(c.avatar_image_url),
    audioUrl,
    videoUrl: safeHttpUrl(c.video_url),
    imageUrl: safeHttpUrl(c.image_url),
    imageLargeUrl: safeHttpUrl(c.image_large_url),
    isVideoPending: c.is_video_pending ?? false,
    modelName: nonEmpty(c.model_name),
    modelVersion: nonEmpty(c.major_model_version),
    createdAt: isoOrNull(c.created_at),
    tags: splitTags(field('tags')),
    lyrics: nonEmpty(field('prompt')),
    descriptionPrompt: nonEmpty(field('gpt_description_prompt')),
    taskPrompt: nonEmpty(context.taskPrompt),
    duration: toSeconds(field('duration')),
    clipType: nonEmpty(field('type')),
    history,
    concatHistory: toHistory(field('concat_history')),
    parentId: audioPromptId !== null ? stripM(audioPromptId.trim()) : (lastHistory?.id ?? null),
    errorType: nonEmpty(field('error_type')),
    errorMessage: nonEmpty(field('error_message')),
    playCount: toCount(c.play_count),
    upvoteCount: toCount(c.upvote_count),
    isPublic: c.is_public,
    hasVocal: field('has_vocal'),
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
