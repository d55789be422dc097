/**
 * LRC, the plain-text lyrics format music players read: one `[mm:ss.xx]line` per sung line.
 * Only lines the aligner placed get a time; the format has no way to say "not timed", so the
 * others are left out rather than given a made-up one.
 */
import { displayTitle, type Clip } from './clip';
import type { TimedLyrics } from './timed-lyrics';

function stamp(seconds: number): string {
  const centis = Math.max(0, Math.round(seconds * 100));
  const minutes = Math.floor(centis / 6000);
  const rest = centis - minutes * 6000;
  const secs = Math.floor(rest / 100);
  const hundredths = rest % 100;
  return `[${String(minutes).padStart(2, '0')}:${String(secs).padStart(2, '0')}.${String(hundredths).padStart(2, '0')}]`;
}

/** Tag values end at the line and may not close the tag early. */
function tagValue(text: string): string {
  return text
    .replace(/[\r\n\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LrcMeta {
  title: string;
  artist?: string | null;
}

/** The timed lines as an LRC file, or null when no line has a time. */
export function toLrc(timed: TimedLyrics, meta: LrcMeta): string | null {
  const lines = timed.lines.filter((l) => l.start !== null && l.text.trim() !== '');
  if (lines.length === 0) return null;
  const head = [`[ti:${tagValue(meta.title)}]`];
  if (meta.artist) head.push(`[ar:${tagValue(meta.artist)}]`);
  const body = lines.map((l) => `${stamp(l.start ?? 0)}${l.text.replace(/[\r\n]+/g, ' ')}`);
  return `${[...head, ...body].join('\n')}\n`;
}

/** A clip's LRC file: its title and artist as the clip page shows them. */
export function clipLrc(
  clip: Pick<Clip, 'title' | 'displayName' | 'handle'>,
  timed: TimedLyrics,
): string | null {
  return toLrc(timed, { title: displayTitle(clip), artist: clip.displayName ?? clip.handle });
}

export interface LrcLine {
  seconds: number;
  text: string;
}

const TIMED = /^((?:\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\])+)(.*)$/;
const STAMP = /\[(\d{1,3}):(\d{2})(?:[.:](\d{1,3}))?\]/g;

/** An LRC file's timed lines in time order (several stamps on one line give several lines). */
export function parseLrc(text: string): LrcLine[] {
  const out: LrcLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const m = TIMED.exec(raw.trim());
    if (!m) continue;
    const lyric = (m[2] ?? '').trim();
    for (const s of (m[1] ?? '').matchAll(STAMP)) {
      const fraction = s[3] ?? '0';
      const seconds = Number(s[1]) * 60 + Number(s[2]) + Number(fraction) / 10 ** fraction.length;
      out.push({ seconds, text: lyric });
    }
  }
  return out.sort((a, b) => a.seconds - b.seconds);
}
