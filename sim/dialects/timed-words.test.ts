import { describe, expect, it } from 'vitest';
import { alignedLines, timedWords } from './timed-words.ts';

const LYRICS = '[Verse]\nSalt on the wind\nBoats in a row\n\n[Chorus]\nHome, home\nHere we go';

describe('timedWords', () => {
  const words = timedWords(LYRICS, 100);

  it('marks sections and line breaks inside the words, as Suno does', () => {
    expect(words.map((w) => w.word)).toEqual([
      '[Verse]\nSalt ',
      'on ',
      'the ',
      'wind\n',
      'Boats ',
      'in ',
      'a ',
      'row\n\n',
      '[Chorus]\nHome, ',
      'home\n',
      'Here ',
      'we ',
      'go\n',
    ]);
  });

  it('keeps time moving forward inside the clip, each section starting at its share', () => {
    for (const [i, w] of words.entries()) {
      expect(w.end_s).toBeGreaterThan(w.start_s);
      expect(w.start_s).toBeGreaterThanOrEqual(words[i - 1]?.end_s ?? 0);
      expect(w.p_align).toBeGreaterThanOrEqual(0.5);
    }
    expect(words[0]?.start_s).toBe(6);
    expect(words[8]?.start_s).toBe(6 + (100 - 6 - 8) / 2);
    expect(words.at(-1)?.end_s).toBeLessThan(100);
  });

  it('starts each section on a phrase of the music (four bars) when the tempo is known', () => {
    const bar = (4 * 60) / 120;
    const timed = timedWords(LYRICS, 100, bar);
    const sectionFirsts = timed.filter((w) => w.word.startsWith('['));
    expect(sectionFirsts.map((w) => w.start_s)).toEqual([8, 48]);
    for (const [i, w] of timed.entries()) {
      expect(w.start_s).toBeGreaterThanOrEqual(timed[i - 1]?.end_s ?? 0);
    }
    // Too many sections for four-bar phrases: single bars, still in order.
    const many = Array.from({ length: 12 }, (_, i) => `[Part ${i}]\nla la`).join('\n');
    const starts = timedWords(many, 100, bar)
      .filter((w) => w.word.startsWith('['))
      .map((w) => w.start_s);
    expect(starts.every((s) => Math.abs(s / bar - Math.round(s / bar)) < 1e-6)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(12);
  });

  it('gives nothing for an instrumental or an unknown length', () => {
    expect(timedWords('', 120)).toEqual([]);
    expect(timedWords('[Instrumental]', 120)).toEqual([]);
    expect(timedWords(LYRICS, 0)).toEqual([]);
  });

  it('groups words into Suno’s v2 lines', () => {
    const lines = alignedLines(words);
    expect(lines.map((l) => [l.section, l.text])).toEqual([
      ['Verse', 'Salt on the wind'],
      ['Verse', 'Boats in a row'],
      ['Chorus', 'Home, home'],
      ['Chorus', 'Here we go'],
    ]);
  });
});
