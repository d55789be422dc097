/**
 * Suno lyrics mark their structure with bracketed lines (`[Verse]`, `[Chorus]`…). The detail
 * view shows each part under its own heading, so the marks are turned into sections here and
 * never shown as raw text.
 */

export interface LyricsSection {
  /** The mark without its brackets; null for text that comes before any mark. */
  heading: string | null;
  lines: string[];
}

// Only a whole-line mark (optionally followed by text) starts a section; "[x]" mid-line is
// lyric text. The length cap keeps a stray "[" on a long line from swallowing it as a heading.
const MARK = /^\s*\[([^[\]]{1,60})\]\s*(.*)$/;

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start += 1;
  while (end > start && lines[end - 1] === '') end -= 1;
  return lines.slice(start, end);
}

export function parseLyrics(text: string | null): LyricsSection[] {
  if (text === null || text.trim().length === 0) return [];

  const sections: LyricsSection[] = [];
  let current: LyricsSection = { heading: null, lines: [] };

  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    const mark = MARK.exec(line);
    const heading = mark?.[1]?.trim() ?? '';
    if (mark && heading.length > 0) {
      sections.push(current);
      current = { heading, lines: [] };
      const rest = mark[2]?.trim() ?? '';
      if (rest.length > 0) current.lines.push(rest);
      continue;
    }
    current.lines.push(line.trim().length === 0 ? '' : line);
  }
  sections.push(current);

  return sections
    .map((s) => ({ heading: s.heading, lines: trimBlankEdges(s.lines) }))
    .filter((s) => s.heading !== null || s.lines.length > 0);
}
