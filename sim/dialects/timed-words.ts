/**
 * Timestamped lyrics as Suno's aligner hands them out, made up from a clip's lyrics and length.
 * Every dialect's timings call answers with these words, so the app's karaoke view can be tried
 * against any provider the simulator speaks.
 */
import { hashToInt } from '../ids.ts';

/** One aligned word, in the keys every provider passes on (`word`, `start_s`, …). */
export interface AlignedWord {
  /** The word as sung, with a section mark before it and the line break after it inside. */
  word: string;
  success: boolean;
  start_s: number;
  end_s: number;
  p_align: number;
}

/** A line of Suno's v2 answer: its words and the section it belongs to. */
export interface AlignedLine {
  text: string;
  start_s: number;
  end_s: number;
  section: string;
  words: AlignedWord[];
}

interface Section {
  mark: string | null;
  lines: string[][];
}

const MARK = /^\[[^\]]*\]$/;

function sectionsOf(lyrics: string): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const raw of lyrics.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (MARK.test(line)) {
      current = { mark: line, lines: [] };
      sections.push(current);
      continue;
    }
    if (current === null) {
      current = { mark: null, lines: [] };
      sections.push(current);
    }
    current.lines.push(line.split(/\s+/));
  }
  return sections.filter((section) => section.lines.length > 0);
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

/**
 * Where each section starts: its even share of the sung part, moved to the nearest phrase of
 * the synthesized music (four bars; the melody rests in the fourth), so a section change in
 * the lyrics falls where the music changes. A grid finer than half a share would squeeze
 * sections, so short clips with many sections snap to single bars or not at all.
 */
function sectionStarts(count: number, intro: number, sung: number, barSec: number): number[] {
  const share = sung / count;
  const grid = [4 * barSec, barSec].find((g) => g > 0 && g <= share / 2) ?? 0;
  const snap = (t: number) => (grid > 0 ? Math.max(grid, Math.round(t / grid) * grid) : t);
  const starts = Array.from({ length: count }, (_, s) => snap(intro + s * share));
  return [...starts, intro + sung];
}

/**
 * Words timed over the clip: an instrumental intro and outro, the sections spread over the
 * rest on the music's phrases (see `sectionStarts`), lines evenly inside a section with a
 * breath after each. Confidence is stable per word, so answers never change between polls.
 */
export function timedWords(lyrics: string, durationSec: number, barSec = 0): AlignedWord[] {
  const sections = sectionsOf(lyrics);
  if (sections.length === 0 || !(durationSec > 0)) return [];
  const intro = Math.min(8, durationSec * 0.06);
  const sung = durationSec - intro - Math.min(10, durationSec * 0.08);
  const starts = sectionStarts(sections.length, intro, sung, barSec);
  const words: AlignedWord[] = [];
  sections.forEach((section, s) => {
    const sectionStart = starts[s] ?? intro;
    // The section's last tenth is a pause before the next one.
    const perLine = (((starts[s + 1] ?? sectionStart) - sectionStart) * 0.9) / section.lines.length;
    section.lines.forEach((line, l) => {
      const lineStart = sectionStart + l * perLine;
      const perWord = (perLine * 0.85) / line.length;
      line.forEach((text, w) => {
        const first = l === 0 && w === 0 && section.mark !== null;
        const lastOfLine = w === line.length - 1;
        const lastOfSection = lastOfLine && l === section.lines.length - 1;
        const ending = lastOfSection && s < sections.length - 1 ? '\n\n' : lastOfLine ? '\n' : ' ';
        const start = lineStart + w * perWord;
        words.push({
          word: `${first ? `${section.mark}\n` : ''}${text}${ending}`,
          success: true,
          start_s: round(start),
          end_s: round(start + perWord),
          p_align: round(0.5 + (hashToInt(`${s}:${l}:${w}:${text}`) % 50) / 100),
        });
      });
    });
  });
  return words;
}

/** Suno's v2 lines: the words grouped at their line breaks, with the section they sit in. */
export function alignedLines(words: readonly AlignedWord[]): AlignedLine[] {
  const lines: AlignedLine[] = [];
  let section = '';
  let current: AlignedWord[] = [];
  for (const word of words) {
    const mark = /^\[([^\]]*)\]\n/.exec(word.word);
    if (mark) section = mark[1] ?? '';
    current.push(word);
    if (!word.word.endsWith('\n')) continue;
    const first = current[0];
    lines.push({
      text: current
        .map((w) => w.word.replace(/^\[[^\]]*\]\n/, ''))
        .join('')
        .trim(),
      start_s: first?.start_s ?? word.start_s,
      end_s: word.end_s,
      section,
      words: current,
    });
    current = [];
  }
  return lines;
}
