/**
 * gcui-art/suno-api's dialect: `GET /api/get?ids=` answering a bare array of flattened clips,
 * `GET /api/get_aligned_lyrics?song_id=` answering the bare word list. No key: the server
 * holds the Suno cookie itself.
 */
import { requestOrigin } from '../http-util.ts';
import { isUuid, normalizeId } from '../ids.ts';
import type { SimState } from '../sim-state.ts';
import {
  MAX_IDS,
  idList,
  json,
  lyricsOf,
  record,
  render,
  wordsOf,
  type DialectRoute,
  type SunoClipJson,
} from './kit.ts';

/** gcui's `lyric` is the lyrics without their blank lines; `prompt` keeps them. */
function flatten(clip: SunoClipJson): Record<string, unknown> {
  const { metadata } = clip;
  const lyrics = lyricsOf(clip) ?? '';
  const duration = metadata.duration;
  return {
    id: clip.id,
    title: clip.title,
    image_url: clip.image_url,
    lyric: lyrics
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n'),
    audio_url: clip.audio_url,
    video_url: clip.video_url,
    created_at: clip.created_at,
    model_name: clip.model_name,
    status: clip.status,
    gpt_description_prompt: metadata.gpt_description_prompt,
    prompt: lyrics,
    type: metadata.type,
    tags: metadata.tags,
    // Passed on as Suno's feed gave it, which is sometimes a string.
    duration: typeof duration === 'number' ? String(duration) : duration,
    error_message: metadata.error_message,
  };
}

function handleGet(state: SimState, request: Request): Response {
  const url = new URL(request.url);
  const ids = idList(url.searchParams.get('ids'));
  record(state, request, ids ?? []);
  if (ids === null) return json(400, { error: 'ids must be clip IDs, separated by commas' });
  if (ids.length > MAX_IDS) return json(400, { error: `at most ${MAX_IDS} ids` });
  const origin = requestOrigin(request);
  return json(
    200,
    ids.map((id) => flatten(render(state, state.catalog.clip(id), origin))),
  );
}

function handleAligned(state: SimState, request: Request): Response {
  const id = normalizeId(new URL(request.url).searchParams.get('song_id') ?? '');
  record(state, request, id ? [id] : []);
  if (!isUuid(id)) return json(400, { error: 'Missing parameter song_id' });
  return json(200, wordsOf(state, id));
}

export const GCUI_ROUTES: readonly DialectRoute[] = [
  { method: 'GET', path: '/api/get', handle: handleGet },
  { method: 'GET', path: '/api/get_aligned_lyrics', handle: handleAligned },
];
