/**
 * Share links: `/task/<id>?p=<provider>&clip=<clipId>&t=<seconds>` or
 * `/clips/<a>,<b>?p=…&clip=…&t=…`. A share link arrives from someone else, so everything in it
 * is checked as hostile input; and it is built only from the fields below, so no setting (above
 * all no API key) can end up in it.
 */
import * as v from 'valibot';
import { formatDuration } from '../lib/format';
import { isId, MAX_IDS } from './ids';
import type { LookupTarget } from './lookup-target';
import { targetFromIds } from './lookup-target';
import { PROVIDER_KINDS, type ProviderKind } from './providers';
import { EMBED_PREFIX, embedPath, isEmbedPath, lookupPath, OEMBED_PATH } from './routes';
import { hasShareParams, SHARE_PARAMS } from './share-params';

export interface ShareTarget {
  provider: ProviderKind;
  lookup: LookupTarget;
  clipId: string;
  /** Seconds into the clip; null for "from the start". */
  at: number | null;
}

export type ShareParseResult = { ok: true; target: ShareTarget } | { ok: false; message: string };

export const MAX_SHARE_IDS = MAX_IDS;
/** A start time beyond a day is not a position in any clip. */
export const MAX_START_SECONDS = 24 * 60 * 60;

// Real values are a few characters; refusing long ones early keeps every regex below cheap.
const MAX_PARAM_CHARS = 64;
const MAX_PATH_CHARS = 2_000;

const BAD_LINK = 'This share link is not valid.';

/** One decimal is finer than anyone can hear and keeps links short. */
function roundStart(at: number | null): number | null {
  if (at === null || !Number.isFinite(at)) return null;
  const rounded = Math.round(at * 10) / 10;
  return rounded > 0 && rounded <= MAX_START_SECONDS ? rounded : null;
}

function shareQuery(t: ShareTarget): string {
  // The query is assembled from named fields only, never by spreading the target, so extra
  // properties on the object cannot add parameters.
  const params = new URLSearchParams();
  params.set(SHARE_PARAMS.provider, t.provider);
  params.set(SHARE_PARAMS.clip, t.clipId);
  const at = roundStart(t.at);
  if (at !== null) params.set(SHARE_PARAMS.at, String(at));
  return params.toString();
}

const trimOrigin = (origin: string) => origin.replace(/\/+$/, '');

export function buildShareLink(origin: string, t: ShareTarget): string {
  return `${trimOrigin(origin)}${lookupPath(t.lookup)}?${shareQuery(t)}`;
}

/** The embeddable player of the same clip: the share link's path under `/embed`, same query. */
export function buildEmbedLink(origin: string, t: ShareTarget): string {
  return `${trimOrigin(origin)}${embedPath(t.lookup)}?${shareQuery(t)}`;
}

/** The oEmbed answer for a share link, as its page advertises it. */
export function buildOembedUrl(origin: string, shareLink: string): string {
  const params = new URLSearchParams({ url: shareLink, format: 'json' });
  return `${trimOrigin(origin)}${OEMBED_PATH}?${params.toString()}`;
}

/**
 * Seconds from `83`, `83.5`, `1:23`, `1:02:03`, `1m23s`, `83s`, `1h2m3s`. Exponents, signs,
 * `Infinity` and anything else are refused (null) rather than guessed at.
 */
export function parseStartTime(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text.length === 0 || text.length > MAX_PARAM_CHARS) return null;

  let seconds: number | null = null;
  const plain = /^(\d{1,6})(?:\.(\d{1,3}))?$/.exec(text);
  const clock = /^(?:(\d{1,2}):)?(\d{1,4}):(\d{2})(?:\.(\d{1,3}))?$/.exec(text);
  const units = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6}(?:\.\d{1,3})?)s)?$/.exec(text);
  if (plain) {
    seconds = Number(text);
  } else if (clock) {
    const [, h, m, s, frac] = clock;
    // With hours present, minutes are a clock field too; `1:75:00` is a typo, not 2:15:00.
    if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return null;
    seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + (frac ? Number(`0.${frac}`) : 0);
  } else if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    const [, h, m, s] = units;
    seconds = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  }
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds > MAX_START_SECONDS) return null;
  return seconds;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function lookupFromPath(pathname: string): LookupTarget | string {
  if (pathname.length > MAX_PATH_CHARS) return BAD_LINK;
  const match = /^\/(task|clips)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return 'This share link does not point to a task or to clips.';
  const [, mode, rawParam] = match;
  const param = safeDecode(rawParam ?? '');
  if (param === null) return BAD_LINK;
  const ids = param
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  if (ids.length === 0) return 'This share link does not point to a task or to clips.';
  if (ids.length > MAX_SHARE_IDS) {
    return `This share link names more than ${MAX_SHARE_IDS} ${mode === 'task' ? 'tasks' : 'clips'}.`;
  }
  if (!ids.every(isId)) return 'This share link contains an ID that is not valid.';
  return targetFromIds(mode === 'task' ? 'task' : 'clips', ids) ?? BAD_LINK;
}

const present = (message: string) =>
  v.pipe(v.optional(v.string(), ''), v.trim(), v.nonEmpty(message));

/** The query of a share link, each parameter checked in turn with the message a person sees. */
const shareQuerySchema = v.object({
  p: v.pipe(
    present('This share link does not say which provider made the clip.'),
    v.toLowerCase(),
    v.picklist(PROVIDER_KINDS, 'This share link names a provider this app does not know.'),
  ),
  clip: v.pipe(
    present('This share link does not say which clip to show.'),
    v.maxLength(MAX_PARAM_CHARS, 'The clip ID in this share link is not valid.'),
    v.check(isId, 'The clip ID in this share link is not valid.'),
    v.toLowerCase(),
  ),
  t: v.pipe(
    v.optional(v.string(), ''),
    v.trim(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (dataset.value === '') return null;
      const seconds = parseStartTime(dataset.value);
      if (seconds === null) {
        addIssue({ message: 'The start time in this share link is not valid.' });
        return NEVER;
      }
      // Zero is "from the start", which is what no time means.
      return seconds > 0 ? seconds : null;
    }),
  ),
});

/**
 * Null when the address carries no share parameters at all (an ordinary lookup URL); otherwise
 * the target, or a message that can be shown as-is. Messages never echo the link's values.
 */
export function parseShareParams(pathname: string, search: string): ShareParseResult | null {
  if (!hasShareParams(search)) return null;
  const params = new URLSearchParams(search);

  const lookup = lookupFromPath(pathname);
  if (typeof lookup === 'string') return { ok: false, message: lookup };

  const query = v.safeParse(
    shareQuerySchema,
    {
      p: params.get(SHARE_PARAMS.provider) ?? undefined,
      clip: params.get(SHARE_PARAMS.clip) ?? undefined,
      t: params.get(SHARE_PARAMS.at) ?? undefined,
    },
    { abortEarly: true },
  );
  if (!query.success) {
    return { ok: false, message: query.issues[0]?.message ?? BAD_LINK };
  }
  const { p: provider, clip: clipId, t: at } = query.output;
  if (lookup.mode === 'clips' && !lookup.ids.includes(clipId)) {
    return { ok: false, message: 'The shared clip is not one of the clips in this link.' };
  }
  return { ok: true, target: { provider, lookup, clipId, at } };
}

/** An embed link (`/embed/task/<id>?p=…`) read like the share link it mirrors. */
export function parseEmbedParams(pathname: string, search: string): ShareParseResult | null {
  if (!isEmbedPath(pathname)) return { ok: false, message: BAD_LINK };
  return parseShareParams(pathname.slice(EMBED_PREFIX.length), search);
}

/** "1:23", "1:02:03"; for the "Start at 1:23" label. */
export function formatStartTime(at: number): string {
  return formatDuration(at);
}
