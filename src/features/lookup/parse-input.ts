/**
 * Pasted text → IDs. People paste bare UUIDs, lists of them, suno.com song links and CDN media
 * links; all of those name clips (or, for a lone bare UUID, possibly a task).
 */
import { isId, MAX_IDS, UUID_SOURCE } from '../../domain/ids';
import type { LookupTarget } from '../../domain/lookup-target';
import { PROVIDERS, type ProviderKind } from '../../domain/providers';

export { MAX_IDS };
/** Twenty long links fit easily; anything far beyond is not a list of IDs. */
const MAX_INPUT_CHARS = 10_000;

export const EXPECTED_MESSAGE =
  'Paste a task ID (like 5a1e0001-0000-4000-8000-000000000001), clip IDs separated by commas, or a suno.com/song link.';
export const EMPTY_MESSAGE = 'Paste a task or clip ID first.';

const SONG_PATH = new RegExp(`^/song/(${UUID_SOURCE})/?$`, 'i');
const MEDIA_PATH = new RegExp(`^/(${UUID_SOURCE})\\.(mp3|mp4)$`, 'i');

const SONG_HOSTS: ReadonlySet<string> = new Set([
  'suno.com',
  'www.suno.com',
  'suno.ai',
  'www.suno.ai',
  'app.suno.ai',
]);
const MEDIA_HOSTS: ReadonlySet<string> = new Set(['cdn1.suno.ai', 'cdn2.suno.ai']);
const STREAM_HOSTS: ReadonlySet<string> = new Set(['audiopipe.suno.ai']);

export type ParsedInput =
  { ok: true; ids: string[]; fromLink: boolean } | { ok: false; message: string };

type TokenResult = { id: string; link: boolean } | null;

function idFromLink(token: string): string | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(token);
  if (hasScheme && !/^https?:\/\//i.test(token)) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? token : `https://${token}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (SONG_HOSTS.has(host)) return SONG_PATH.exec(url.pathname)?.[1] ?? null;
  if (MEDIA_HOSTS.has(host)) return MEDIA_PATH.exec(url.pathname)?.[1] ?? null;
  if (STREAM_HOSTS.has(host)) {
    const item = url.searchParams.get('item_id');
    return item !== null && isId(item) ? item : null;
  }
  return null;
}

function parseToken(raw: string): TokenResult {
  // Chat apps and Markdown wrap links in <>, quotes or parentheses, or end them with a full stop.
  const token = raw.replace(/^[<("'[]+/, '').replace(/[>)"'\].]+$/, '');
  if (isId(token)) return { id: token.toLowerCase(), link: false };
  const fromLink = idFromLink(token);
  return fromLink === null ? null : { id: fromLink.toLowerCase(), link: true };
}

function shorten(token: string): string {
  return token.length > 40 ? `${token.slice(0, 39)}…` : token;
}

export function parseLookupInput(text: string): ParsedInput {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  if (trimmed.length > MAX_INPUT_CHARS) {
    return { ok: false, message: `That is too long to be a list of IDs. ${EXPECTED_MESSAGE}` };
  }

  const tokens = trimmed.split(/[\s,;]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const ids: string[] = [];
  const seen = new Set<string>();
  let fromLink = false;
  let firstBad: string | null = null;
  for (const token of tokens) {
    const parsed = parseToken(token);
    if (parsed === null) {
      firstBad ??= token;
      continue;
    }
    fromLink ||= parsed.link;
    if (!seen.has(parsed.id)) {
      seen.add(parsed.id);
      ids.push(parsed.id);
    }
  }

  if (firstBad !== null) {
    return ids.length === 0
      ? { ok: false, message: EXPECTED_MESSAGE }
      : {
          ok: false,
          message: `“${shorten(firstBad)}” is not a task ID, clip ID or suno.com/song link.`,
        };
  }
  if (ids.length > MAX_IDS) {
    return {
      ok: false,
      message: `Look up at most ${MAX_IDS} clips at a time (you pasted ${ids.length}).`,
    };
  }
  return { ok: true, ids, fromLink };
}

/**
 * A lone bare UUID is ambiguous: providers that look up tasks treat it as a task ID. Several
 * IDs, or anything that came from a link, can only be clip IDs.
 */
export function targetForInput(
  ids: string[],
  fromLink: boolean,
  kind: ProviderKind,
): LookupTarget | { error: string } {
  const info = PROVIDERS[kind];
  const first = ids[0];
  if (first === undefined) return { error: EMPTY_MESSAGE };
  if (ids.length === 1 && !fromLink && info.supportsTasks) return { mode: 'task', taskId: first };
  if (!info.supportsClipIds) {
    const what = fromLink ? 'Song links name clips' : 'Several IDs are clip IDs';
    return {
      error: `${what}, and ${info.label} only looks up task IDs. Choose sunoapi.com (or the Demo simulator) in Settings.`,
    };
  }
  return { mode: 'clips', ids: [...ids] };
}
