/**
 * Pasted text → IDs. People paste bare UUIDs, lists of them, suno.com song links and CDN media
 * links; all of those name clips (or, for a lone bare UUID, possibly a task).
 */
import { ID_FORM_EXAMPLES, isId, MAX_IDS, normalizeTaskId, UUID_SOURCE } from '../../domain/ids';
import type { LookupTarget } from '../../domain/lookup-target';
import { PROVIDERS, type ProviderKind } from '../../domain/providers';
import { EXPECTED_MESSAGE } from './input-hint';

export { MAX_IDS };
/** Twenty long links fit easily; anything far beyond is not a list of IDs. */
const MAX_INPUT_CHARS = 10_000;

export { EXPECTED_MESSAGE };
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
  | {
      ok: true;
      ids: string[];
      fromLink: boolean;
      /** Words among the IDs that are not IDs: named before Look up, then left out. */
      skipped: string | null;
    }
  | { ok: false; message: string };

/** Why a token is not an ID, so the message can name the problem. */
type NotAnId =
  | { why: 'other-site'; host: string }
  | { why: 'suno-page'; host: string }
  | { why: 'partial-id' }
  | { why: 'text' };

type TokenResult = { id: string; link: boolean } | NotAnId;

const SUNO_HOSTS: ReadonlySet<string> = new Set([...SONG_HOSTS, ...MEDIA_HOSTS, ...STREAM_HOSTS]);
// Hex and dashes, long enough to be meant as a UUID: a truncated or mistyped copy.
const PARTIAL_ID = /^[0-9a-f]{4,}(-[0-9a-f]*)+$/i;

function urlOf(token: string): URL | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(token);
  if (hasScheme && !/^https?:\/\//i.test(token)) return null;
  // Bare "example.com/x" is a link too, but "hello" is not.
  if (!hasScheme && !/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(token)) return null;
  try {
    return new URL(hasScheme ? token : `https://${token}`);
  } catch {
    return null;
  }
}

function idFromLink(url: URL): string | null {
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
  const url = urlOf(token);
  if (url) {
    const id = idFromLink(url);
    if (id !== null) return { id: id.toLowerCase(), link: true };
    const host = url.hostname.toLowerCase();
    return SUNO_HOSTS.has(host) ? { why: 'suno-page', host } : { why: 'other-site', host };
  }
  if (PARTIAL_ID.test(token)) return { why: 'partial-id' };
  // Some providers' task IDs are not UUIDs (sunoapi.org: 32 hex digits and other codes).
  const taskToken = normalizeTaskId(token);
  return taskToken !== null ? { id: taskToken, link: false } : { why: 'text' };
}

/** The message for text that held no ID at all, naming what was wrong with it. */
function nothingFound(text: string, first: NotAnId): string {
  switch (first.why) {
    case 'other-site':
      return `${shorten(first.host)} links can’t be looked up: paste a suno.com/song link or an ID.`;
    case 'suno-page':
      return `That ${shorten(first.host)} link doesn’t point to a song: paste a suno.com/song/… link or an ID.`;
    case 'partial-id':
      return `“${shorten(text)}” looks like part of an ID: a whole one has 36 characters, like 5a1e0001-0000-4000-8000-000000000001.`;
    case 'text':
      return `“${shorten(text)}” isn’t a task ID, clip ID or suno.com link.`;
  }
}

/** What is left out of a list: the first bad token by name, and how many others. */
function badAmongGood(token: string, why: NotAnId, count: number): string {
  const others = count > 1 ? ` and ${count - 1} more that aren’t IDs` : '';
  const reason =
    why.why === 'other-site'
      ? `a ${shorten(why.host)} link, which can’t be looked up`
      : 'not a task ID, clip ID or suno.com/song link';
  return `Leaves out “${shorten(token)}” (${reason})${others}.`;
}

/** The providers that look up clip IDs, as Settings names them. */
function clipProviders(): string {
  return Object.values(PROVIDERS)
    .filter((p) => p.supportsClipIds)
    .map((p) => p.label)
    .join(', ');
}

function shorten(token: string): string {
  return token.length > 40 ? `${token.slice(0, 39)}…` : token;
}

export function parseLookupInput(text: string): ParsedInput {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  if (trimmed.length > MAX_INPUT_CHARS) {
    return { ok: false, message: 'That is too long to be a list of IDs.' };
  }

  const tokens = trimmed.split(/[\s,;]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const ids: string[] = [];
  const seen = new Set<string>();
  let fromLink = false;
  let firstBad: { token: string; why: NotAnId } | null = null;
  let badCount = 0;
  for (const token of tokens) {
    const parsed = parseToken(token);
    if (!('id' in parsed)) {
      firstBad ??= { token, why: parsed };
      badCount += 1;
      continue;
    }
    fromLink ||= parsed.link;
    if (!seen.has(parsed.id)) {
      seen.add(parsed.id);
      ids.push(parsed.id);
    }
  }

  if (firstBad !== null && ids.length === 0) {
    return { ok: false, message: nothingFound(trimmed, firstBad.why) };
  }
  if (ids.length > MAX_IDS) {
    return {
      ok: false,
      message: `Look up at most ${MAX_IDS} clips at a time (you pasted ${ids.length}).`,
    };
  }
  const skipped = firstBad && badAmongGood(firstBad.token, firstBad.why, badCount);
  return { ok: true, ids, fromLink, skipped };
}

/**
 * Bare IDs are tasks where the provider looks up tasks (one, or several as a batch); IDs that
 * came from a link name clips. A provider that looks up clips only takes bare IDs as clips.
 */
export function targetForInput(
  ids: string[],
  fromLink: boolean,
  kind: ProviderKind,
): LookupTarget | { error: string } {
  const info = PROVIDERS[kind];
  if (ids.length === 0) return { error: EMPTY_MESSAGE };
  const code = ids.find((id) => !isId(id));
  if (code !== undefined) {
    // Only a task ID may be a code, and only with a provider whose task IDs are codes.
    const form = info.lookups.task?.idForm;
    if (form === 'token' && !fromLink) return { mode: 'task', taskIds: [...ids] };
    return {
      error: info.supportsTasks
        ? `${info.label} task IDs are ${ID_FORM_EXAMPLES[form ?? 'uuid']}; “${shorten(code)}” is not one.`
        : `${info.label} looks up clip IDs, which are ${ID_FORM_EXAMPLES.uuid}; “${shorten(code)}” is not one.`,
    };
  }
  if (!fromLink && info.supportsTasks) return { mode: 'task', taskIds: [...ids] };
  if (!info.supportsClipIds) {
    return {
      error: `Song links name clips, and ${info.label} only looks up task IDs. Choose one of ${clipProviders()} in Settings.`,
    };
  }
  return { mode: 'clips', ids: [...ids] };
}

/** "Looks up 1 task with sunoapi.co.", said under the box before Look up is pressed. */
export function describeTarget(target: LookupTarget, kind: ProviderKind): string {
  const count = target.mode === 'task' ? target.taskIds.length : target.ids.length;
  const what =
    target.mode === 'task'
      ? count === 1
        ? 'the task'
        : `${count} tasks together`
      : count === 1
        ? 'the clip'
        : `${count} clips`;
  return `Looks up ${what} with ${PROVIDERS[kind].label}.`;
}
