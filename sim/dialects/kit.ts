/**
 * What the further dialects share: who may call, the clips as the simulator renders them (in
 * Suno's shape, which each dialect reshapes), and the made-up timed lyrics of a clip.
 */
import { json } from '../http-util.ts';
import { isUuid, normalizeId } from '../ids.ts';
import { variantForClip } from '../media-variants.ts';
import { keyFingerprint } from '../quirks.ts';
import type { SimState } from '../sim-state.ts';
import type { ClipRef } from '../task-catalog.ts';
import { timedWords, type AlignedWord } from './timed-words.ts';

export type SunoClipJson = Record<string, unknown> & { metadata: Record<string, unknown> };

export interface DialectRoute {
  method: 'GET' | 'POST';
  /** Hono's path, under `/sim/<dialect id>`. */
  path: string;
  handle: (state: SimState, request: Request) => Promise<Response> | Response;
}

export const MAX_IDS = 20;

export function hasBearer(request: Request): boolean {
  return /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '');
}

/** Logs the call (with the key's fingerprint, never the key) for the control API. */
export function record(state: SimState, request: Request, ids: readonly string[]): void {
  const { pathname } = new URL(request.url);
  state.record(
    request.method,
    pathname,
    ids.slice(0, MAX_IDS),
    keyFingerprint(request.headers.get('authorization')),
  );
}

/** `a,b` as the IDs asked for, or null when any is not a UUID. */
export function idList(value: string | null): string[] | null {
  const ids = (value ?? '')
    .split(',')
    .map(normalizeId)
    .filter((id) => id.length > 0);
  return ids.length > 0 && ids.every(isUuid) ? ids : null;
}

export async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function render(state: SimState, ref: ClipRef, origin: string): SunoClipJson {
  return state.clipJson(ref, origin) as SunoClipJson;
}

/** A clip's lyrics whichever field the simulator put them in. */
export function lyricsOf(clip: SunoClipJson): string | null {
  const { prompt, lyric } = clip.metadata;
  return typeof prompt === 'string' ? prompt : typeof lyric === 'string' ? lyric : null;
}

/**
 * The aligned words of a clip: none until it is complete (there is nothing to align yet), and
 * none for an instrumental.
 */
export function wordsOf(state: SimState, clipId: string): AlignedWord[] {
  const ref = state.catalog.clip(clipId);
  const spec = ref.task.clips[ref.index];
  if (!spec || !spec.hasVocal || state.phase(ref).status !== 'complete') return [];
  const variant = variantForClip(spec.id);
  return timedWords(spec.lyrics, variant.durationSec, (4 * 60) / variant.bpm);
}

export { json };
