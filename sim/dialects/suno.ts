/**
 * Suno's external API: `GET /api/v2/external/clips/?ids=` answering a bare array of Suno's own
 * clips, and `GET /api/gen/<id>/aligned_lyrics/v2/` with words and lines. Bearer keys;
 * refusals as `{detail}`, the way Suno's API answers them.
 */
import { requestOrigin } from '../http-util.ts';
import { isUuid, normalizeId } from '../ids.ts';
import type { SimState } from '../sim-state.ts';
import {
  MAX_IDS,
  hasBearer,
  idList,
  json,
  record,
  render,
  wordsOf,
  type DialectRoute,
} from './kit.ts';
import { alignedLines } from './timed-words.ts';

const UNAUTHORIZED = { detail: 'Unauthorized' };

function handleClips(state: SimState, request: Request): Response {
  const ids = idList(new URL(request.url).searchParams.get('ids'));
  record(state, request, ids ?? []);
  if (!hasBearer(request)) return json(401, UNAUTHORIZED);
  if (ids === null) return json(400, { detail: 'ids must be clip IDs' });
  if (ids.length > MAX_IDS) return json(400, { detail: `at most ${MAX_IDS} ids` });
  const origin = requestOrigin(request);
  return json(
    200,
    ids.map((id) => render(state, state.catalog.clip(id), origin)),
  );
}

function handleAligned(state: SimState, request: Request): Response {
  const segments = new URL(request.url).pathname.split('/');
  // …/api/gen/<id>/aligned_lyrics/v2/
  const id = normalizeId(segments[segments.length - 4] ?? '');
  record(state, request, id ? [id] : []);
  if (!hasBearer(request)) return json(401, UNAUTHORIZED);
  if (!isUuid(id)) return json(404, { detail: 'Not found.' });
  const words = wordsOf(state, id);
  return json(200, { aligned_words: words, aligned_lyrics: alignedLines(words) });
}

export const SUNO_ROUTES: readonly DialectRoute[] = [
  { method: 'GET', path: '/api/v2/external/clips/', handle: handleClips },
  { method: 'GET', path: '/api/gen/:id/aligned_lyrics/v2/', handle: handleAligned },
];
