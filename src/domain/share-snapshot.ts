/**
 * A playable copy of a shared clip: title, artist, cover, audio and video links as the
 * sharer's provider returned them, carried in the share link's fragment (`#s=…`), which never
 * reaches a server. A recipient without a key plays from it while those links live.
 *
 * Wire form: base64url of a small JSON object with one- or two-letter names. It arrives from
 * someone else, so decoding treats it like provider data: a size cap, the same URL rule
 * (`safeHttpUrl`), text caps, and a field that is wrong is dropped rather than trusted.
 */
import * as v from 'valibot';
import { safeHttpUrl } from '../lib/safe-url';
import { SNAPSHOT_PARAM, snapshotText } from './share-params';

export interface ShareSnapshot {
  title: string;
  /** The artist's handle, without "@". */
  artist: string | null;
  coverUrl: string | null;
  coverLargeUrl: string | null;
  audioUrl: string | null;
  videoUrl: string | null;
  /** Seconds. */
  duration: number | null;
  /** When the copy was made, in ms since 1970; null when missing or not believable. */
  madeAt: number | null;
}

export type SnapshotRead = { ok: true; snapshot: ShareSnapshot } | { ok: false; message: string };

/** Encoded characters at most: a link stays pasteable, and nobody decodes a novel. */
export const MAX_SNAPSHOT_CHARS = 4096;
export const MAX_SNAPSHOT_TITLE = 200;
export const MAX_SNAPSHOT_ARTIST = 100;
const MAX_URL_CHARS = 2048;
const MAX_SECONDS = 24 * 60 * 60;
/** Before this no copy was ever made; a later "made" time than tomorrow is a lie. */
const EARLIEST = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

const TOO_LARGE = 'The playable copy in this link is too large, so it was ignored.';
const UNREADABLE = 'The playable copy in this link could not be read, so it was ignored.';

/** The wire object; every field but the version is optional and checked on its own below. */
const wireSchema = v.object({
  v: v.literal(1),
  t: v.optional(v.unknown()),
  a: v.optional(v.unknown()),
  c: v.optional(v.unknown()),
  C: v.optional(v.unknown()),
  u: v.optional(v.unknown()),
  m: v.optional(v.unknown()),
  d: v.optional(v.unknown()),
  at: v.optional(v.unknown()),
});
type Wire = v.InferOutput<typeof wireSchema>;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  // By code point, so a cut never splits an emoji into a broken surrogate.
  const clean = Array.from(value.replace(CONTROL, ' ').trim()).slice(0, max).join('').trim();
  return clean.length > 0 ? clean : null;
}

function url(value: unknown): string | null {
  const safe = safeHttpUrl(value);
  return safe !== null && safe.length <= MAX_URL_CHARS ? safe : null;
}

function seconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_SECONDS
    ? Math.round(value * 10) / 10
    : null;
}

function madeAt(value: unknown, now: number): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  const ms = value * 1000;
  return ms >= EARLIEST && ms <= now + DAY_MS ? ms : null;
}

function fromWire(wire: Wire, now: number): ShareSnapshot {
  return {
    title: text(wire.t, MAX_SNAPSHOT_TITLE) ?? '',
    artist: text(wire.a, MAX_SNAPSHOT_ARTIST)?.replace(/^@+/, '') || null,
    coverUrl: url(wire.c),
    coverLargeUrl: url(wire.C),
    audioUrl: url(wire.u),
    videoUrl: url(wire.m),
    duration: seconds(wire.d),
    madeAt: madeAt(wire.at, now),
  };
}

function toWire(s: ShareSnapshot): Wire {
  const wire: Wire = { v: 1 };
  if (s.title) wire.t = s.title;
  if (s.artist) wire.a = s.artist;
  if (s.coverUrl) wire.c = s.coverUrl;
  if (s.coverLargeUrl) wire.C = s.coverLargeUrl;
  if (s.audioUrl) wire.u = s.audioUrl;
  if (s.videoUrl) wire.m = s.videoUrl;
  if (s.duration !== null) wire.d = s.duration;
  if (s.madeAt !== null) wire.at = Math.floor(s.madeAt / 1000);
  return wire;
}

function toBase64Url(json: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The fragment text for a snapshot, or null when even the smallest form is over the cap. Long
 * signed links may not all fit: the video goes first, then the covers; never the audio.
 */
export function encodeSnapshot(snapshot: ShareSnapshot, now: number = Date.now()): string | null {
  // Checked like a received copy, so what is sent is exactly what a recipient will accept.
  const clean = fromWire(toWire(snapshot), now);
  const attempts: ShareSnapshot[] = [
    clean,
    { ...clean, videoUrl: null },
    { ...clean, videoUrl: null, coverLargeUrl: null },
    { ...clean, videoUrl: null, coverLargeUrl: null, coverUrl: null },
  ];
  for (const attempt of attempts) {
    const encoded = toBase64Url(JSON.stringify(toWire(attempt)));
    if (encoded.length <= MAX_SNAPSHOT_CHARS) return encoded;
  }
  return null;
}

/** A received snapshot: checked field by field, or a short message saying why it was ignored. */
export function decodeSnapshot(encoded: string, now: number = Date.now()): SnapshotRead {
  if (encoded.length > MAX_SNAPSHOT_CHARS) return { ok: false, message: TOO_LARGE };
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return { ok: false, message: UNREADABLE };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, message: UNREADABLE };
  }
  const parsed = v.safeParse(wireSchema, raw);
  if (!parsed.success) return { ok: false, message: UNREADABLE };
  return { ok: true, snapshot: fromWire(parsed.output, now) };
}

/** The snapshot in an address's fragment: null when there is none. */
export function readSnapshot(hash: string, now: number = Date.now()): SnapshotRead | null {
  const encoded = snapshotText(hash);
  return encoded === null ? null : decodeSnapshot(encoded, now);
}

/** A share link with its snapshot in the fragment. */
export function withSnapshot(link: string, encoded: string): string {
  return `${link.replace(/#.*$/, '')}#${SNAPSHOT_PARAM}=${encoded}`;
}
