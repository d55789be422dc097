/**
 * Raw provider clip → `Clip`. Both providers send the same Suno clip object (sunoapi.co flat,
 * sunoapi.com with a `metadata` block), so one reader serves both. Every optional field is read
 * leniently: a provider that sends a number where a string belongs loses that one field, not
 * the whole clip. Only a clip without an ID is refused, since nothing can key it.
 */
import * as v from 'valibot';
import type { Clip, HistoryEntry } from '../../clip';
import { originOf } from './lineage';
import { audioOf, mediaUrl } from './media-url';
import {
  clipFieldsSchema,
  historyEntrySchema,
  rawClipSchema,
  type ClipFields,
} from './raw-schemas';
import { mapStatus } from './status-words';

function nonEmpty(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.trim().length > 0 ? value : null;
}

/** IDs compare without case; `m_<id>` (an audio prompt) names the clip `<id>`. */
function clipId(id: string): string {
  const text = id.trim().toLowerCase();
  return text.startsWith('m_') ? text.slice(2) : text;
}

function toSeconds(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** A clip's length: 0 is what providers send before they know it, so it reads as unknown. */
function toDuration(value: number | string | null | undefined): number | null {
  const seconds = toSeconds(value);
  return seconds !== null && seconds > 0 ? seconds : null;
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
    const id = clipId(entry.id);
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

  const audio = audioOf(c.audio_url);
  const rawStatus = c.status ?? context.fallbackStatus ?? '';
  const history = toHistory(field('history'));
  const concatHistory = toHistory(field('concat_history'));
  const origin = originOf(field, concatHistory);
  const audioPromptId = nonEmpty(field('audio_prompt_id'));
  const lastHistory = history.length > 0 ? history[history.length - 1] : undefined;

  return {
    id: c.id.toLowerCase(),
    title: c.title ?? '',
    status: mapStatus(rawStatus, audio.url !== null),
    rawStatus,
    handle: nonEmpty(c.handle),
    displayName: nonEmpty(c.display_name),
    avatarUrl: mediaUrl(c.avatar_image_url),
    audioUrl: audio.url,
    audioProblem: audio.problem,
    videoUrl: mediaUrl(c.video_url),
    imageUrl: mediaUrl(c.image_url),
    imageLargeUrl: mediaUrl(c.image_large_url),
    isVideoPending: c.is_video_pending ?? false,
    modelName: nonEmpty(c.model_name),
    modelVersion: nonEmpty(c.major_model_version),
    createdAt: isoOrNull(c.created_at),
    tags: splitTags(field('tags')),
    lyrics: nonEmpty(field('prompt')) ?? nonEmpty(field('lyric')),
    descriptionPrompt: nonEmpty(field('gpt_description_prompt')),
    taskPrompt: nonEmpty(context.taskPrompt),
    duration: toDuration(field('duration')),
    clipType: nonEmpty(field('type')),
    history,
    concatHistory,
    parentId:
      origin?.parentId ??
      (audioPromptId !== null ? clipId(audioPromptId) : (lastHistory?.id ?? null)),
    origin,
    errorType: nonEmpty(field('error_type')),
    errorMessage: nonEmpty(field('error_message')),
    playCount: toCount(c.play_count),
    upvoteCount: toCount(c.upvote_count),
    isPublic: c.is_public,
    hasVocal: field('has_vocal'),
  };
}
