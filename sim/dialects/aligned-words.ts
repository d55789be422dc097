/**
 * Word timings as Suno's aligner gives them (`aligned_words`): words in lyric order, each with
 * the section marks and line breaks before it folded into the word (`"[Verse]\nSalt"`,
 * `"\nPink"`), so a client has to split lines itself. Timings are spread over the sung part of
 * the clip, with a pause before each line and a longer one before each section.
 */
export interface AlignedWord {
  word: string;
  success: boolean;
  start_s: number;
  end_s: number;
  p_align: number;
}

interface Token {
  word: string;
  /** Extra pause before the word, in word-lengths. */
  pause: number;
}

const SECTION = /^\[[^\]]*\]$/;

function tokensOf(lyrics: string): Token[] {
  const tokens: Token[] = [];
  let prefix = '';
  let pause = 0;
  for (const line of lyrics.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      prefix += '\n';
      continue;
    }
    if (SECTION.test(trimmed)) {
      prefix += `${trimmed}\n`;
      pause += 2;
      continue;
    }
    trimmed.split(/\s+/).forEach((word, i) => {
      tokens.push(i === 0 ? { word: `${prefix}${word}`, pause: pause + 0.5 } : { word, pause: 0 });
    });
    prefix = '\n';
    pause = 0;
  }
  return tokens;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Instrumentals (no lyrics) give an empty list, as Suno's aligner does. */
export function alignedWords(lyrics: string, durationSec: number): AlignedWord[] {
  const tokens = tokensOf(lyrics);
  if (tokens.length === 0 || durationSec <= 0) return [];
  // Vocals start after an intro and end before an outro.
  const start = durationSec * 0.08;
  const span = durationSec * 0.84;
  const units = tokens.reduce((sum, t) => sum + 1 + t.pause, 0);
  const unit = span / units;
  let at = start;
  return tokens.map((token, i) => {
    at += token.pause * unit;
    const word = {
      word: token.word,
      success: true,
      start_s: round(at),
      end_s: round(at + unit * 0.85),
      p_align: round(0.8 + ((i * 37) % 20) / 100),
    };
    at += unit;
    return word;
  });
}
