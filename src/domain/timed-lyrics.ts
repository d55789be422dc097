/**
 * Lyrics that follow the music. Providers pass on Suno's aligner: a list of words, each with
 * the section marks and line breaks around it folded into its text (`"[Verse]\nSalt "`). The
 * page shows the clip's own lyrics text, so the aligner's words are matched to that text word
 * by word, and a line starts where its first sung word does. Nothing here guesses: a word the
 * aligner did not place, or could not (`success: false`), has no time of its own.
 */
import { parseLyrics } from './lyrics-sections';

/** One word as the aligner gives it, in the app's shape. */
export interface AlignedWord {
  /** The word as sung, marks and line breaks included. */
  word: string;
  start: number;
  end: number;
  /** False when the aligner could not place the word (its times are not to be trusted). */
  success: boolean;
}

export interface TimedWord {
  /** The word as the lyrics text writes it. */
  text: string;
  /** Null for a word with no trustworthy time: it is shown, never highlighted on its own. */
  start: number | null;
  end: number | null;
}

export interface TimedLine {
  /** The line's place among all lines of the lyrics, counting from 0. */
  index: number;
  text: string;
  /** Null for a line no sung word was placed in (and for blank lines). */
  start: number | null;
  end: number | null;
  words: TimedWord[];
  /** The index of the line's first word among all words of the lyrics. */
  firstWord: number;
}

export interface TimedSection {
  heading: string | null;
  lines: TimedLine[];
}

export interface TimedLyrics {
  sections: TimedSection[];
  /** Every line in order: what the playhead is looked up in. */
  lines: TimedLine[];
}

const MARKS = /\[[^\]\n]*\]/g;

/** Words compare by their letters and digits only: punctuation and case differ freely. */
function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

interface SungToken {
  key: string;
  start: number;
  end: number;
  success: boolean;
}

function sungTokens(words: readonly AlignedWord[]): SungToken[] {
  const tokens: SungToken[] = [];
  for (const w of words) {
    for (const piece of w.word.replace(MARKS, ' ').split(/\s+/)) {
      const key = norm(piece);
      if (key !== '') tokens.push({ key, start: w.start, end: w.end, success: w.success });
    }
  }
  return tokens;
}

/** The aligner's own text, for a clip whose lyrics text is missing or is not what was sung. */
export function textOfWords(words: readonly AlignedWord[]): string {
  let text = '';
  for (const { word } of words) {
    const joins = text === '' || /\s$/.test(text) || /^\s/.test(word);
    text += joins ? word : ` ${word}`;
  }
  return text;
}

/** How far ahead a mismatch looks for the two texts to meet again. */
const LOOKAHEAD = 8;

/**
 * For each lyric word, the aligner's word sung for it, or null. Equal words pair up; where
 * they differ, the nearer of "the aligner sang extra words" and "these lyric words were not
 * sung" is taken, and when neither is near, the two words are taken to be one word spelled
 * two ways. Returns how many pairs were equal, so a text that is not the sung one can be told.
 */
function pairUp(lyric: readonly string[], sung: readonly SungToken[]) {
  const pairs: (SungToken | null)[] = lyric.map(() => null);
  let equal = 0;
  let i = 0;
  let j = 0;
  while (i < lyric.length && j < sung.length) {
    if (lyric[i] === '') {
      i += 1;
      continue;
    }
    if (lyric[i] === sung[j]?.key) {
      pairs[i] = sung[j] ?? null;
      equal += 1;
      i += 1;
      j += 1;
      continue;
    }
    let moved = false;
    for (let k = 1; k <= LOOKAHEAD && !moved; k += 1) {
      if (sung[j + k]?.key === lyric[i]) {
        j += k;
        moved = true;
      } else if (lyric[i + k] === sung[j]?.key) {
        i += k;
        moved = true;
      }
    }
    if (moved) continue;
    pairs[i] = sung[j] ?? null;
    i += 1;
    j += 1;
  }
  return { pairs, equal };
}

function sectionsOf(text: string): TimedSection[] {
  let index = 0;
  let firstWord = 0;
  return parseLyrics(text).map((section) => ({
    heading: section.heading,
    lines: section.lines.map((line): TimedLine => {
      const words = line
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w): TimedWord => ({ text: w, start: null, end: null }));
      const timed = { index, text: line, start: null, end: null, words, firstWord };
      index += 1;
      firstWord += words.length;
      return timed;
    }),
  }));
}

/** Lines carrying the times of the words paired with theirs, or null when too few paired. */
function matched(text: string, sung: readonly SungToken[]): TimedLyrics | null {
  const sections = sectionsOf(text);
  const lines = sections.flatMap((s) => s.lines);
  const words = lines.flatMap((l) => l.words);
  const { pairs, equal } = pairUp(
    words.map((w) => norm(w.text)),
    sung,
  );
  // Less than half the words in common: this text is not what was sung.
  if (equal * 2 < Math.min(words.length, sung.length) || equal === 0) return null;
  pairs.forEach((pair, i) => {
    const word = words[i];
    if (!word || !pair?.success) return;
    word.start = pair.start;
    word.end = pair.end;
  });
  for (const line of lines) {
    for (const word of line.words) {
      if (word.start === null || word.end === null) continue;
      line.start = line.start === null ? word.start : Math.min(line.start, word.start);
      line.end = line.end === null ? word.end : Math.max(line.end, word.end);
    }
  }
  return { sections, lines };
}

/**
 * The clip's lyrics with the aligner's times, or null when there is nothing to follow (no
 * placed words, as for an instrumental). Where the clip's text and the sung words do not
 * match, the aligner's own words are shown, as its lines and sections.
 */
export function timeLyrics(
  words: readonly AlignedWord[],
  lyrics: string | null,
): TimedLyrics | null {
  const sung = sungTokens(words);
  if (!sung.some((t) => t.success)) return null;
  const own = lyrics === null || lyrics.trim() === '' ? null : matched(lyrics, sung);
  return own ?? matched(textOfWords(words), sung);
}

/** How long the last line stays lit after its last word. */
const LAST_LINE_TAIL_S = 2;

/** The line being sung at `seconds`: the last one started, until the next one starts. */
export function lineAt(timed: TimedLyrics, seconds: number): TimedLine | null {
  let current: TimedLine | null = null;
  for (const line of timed.lines) {
    if (line.start === null) continue;
    if (line.start > seconds) return current;
    current = line;
  }
  if (current?.end != null && seconds > current.end + LAST_LINE_TAIL_S) return null;
  return current;
}

/** The index (among all words) of the word being sung in a line, or -1 between words. */
export function wordAt(line: TimedLine, seconds: number): number {
  const i = line.words.findIndex(
    (w) => w.start !== null && w.end !== null && w.start <= seconds && seconds < w.end,
  );
  return i < 0 ? -1 : line.firstWord + i;
}
