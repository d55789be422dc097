/**
 * The route table: every path the app answers, as patterns for the router and as builders for
 * links. Pages, cards, share links and the server all build paths here.
 */
import type { LookupMode, LookupTarget } from './lookup-target';
import { targetFromIds, targetIds } from './lookup-target';

export const ROUTES = {
  home: '/',
  task: '/task/:ids',
  clips: '/clips/:ids',
  taskClip: '/task/:ids/clip/:clipId',
  clipsClip: '/clips/:ids/clip/:clipId',
} as const;

/**
 * The embeddable player: `/embed` before a share link's path (`/embed/task/<id>?p=…&clip=…`),
 * with the same query. Served by its own small page, the only one other sites may frame.
 */
export const EMBED_PREFIX = '/embed';
/** The oEmbed endpoint: `/oembed?url=<share link>&format=json`. */
export const OEMBED_PATH = '/oembed';

export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(`${EMBED_PREFIX}/`);
}

/** The lookup's own page: reload, back/forward and copying the address all work from it. */
export function lookupPath(target: LookupTarget): string {
  return `/${target.mode}/${targetIds(target).map(encodeURIComponent).join(',')}`;
}

/** One clip of a lookup: the same lookup (so the same cached query) narrowed to one clip. */
export function clipPath(target: LookupTarget, clipId: string): string {
  return `${lookupPath(target)}/clip/${encodeURIComponent(clipId)}`;
}

/** The embeddable player of a lookup: its path with `/embed` in front. */
export function embedPath(target: LookupTarget): string {
  return `${EMBED_PREFIX}${lookupPath(target)}`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Route params come from the address bar, so they are checked like any other input. */
export function targetFromRoute(mode: LookupMode, param: string | undefined): LookupTarget | null {
  const text = param === undefined ? null : safeDecode(param);
  if (!text) return null;
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return targetFromIds(mode, ids);
}

/** `/task/<id>` or `/clips/<a>,<b>` (and a trailing slash) → target; null for any other path. */
export function targetFromPath(pathname: string): LookupTarget | null {
  const match = /^\/(task|clips)\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  return targetFromRoute(match[1] === 'task' ? 'task' : 'clips', match[2]);
}
