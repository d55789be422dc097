import { describe, expect, it } from 'vitest';
import { alignedWords } from './aligned-words.ts';

describe('alignedWords', () => {
  const words = alignedWords('[Verse]\nSalt in the air\nWaves\n\n[Chorus]\nSing it', 100);

  it('folds section marks and line breaks into the words', () => {
    expect(words.map((w) => w.word)).toEqual([
      '[Verse]\nSalt',
      'in',
      'the',
      'air',
      '\nWaves',
      '\n\n[Chorus]\nSing',
      'it',
    ]);
  });

  it('times them in order within the sung part of the clip', () => {
    for (const [i, w] of words.entries()) {
      expect(w.end_s).toBeGreaterThan(w.start_s);
      expect(w.start_s).toBeGreaterThanOrEqual(8);
      expect(w.end_s).toBeLessThanOrEqual(92);
      if (i > 0) expect(w.start_s).toBeGreaterThanOrEqual(words[i - 1]?.end_s ?? 0);
    }
  });

  it('gives instrumentals nothing', () => {
    expect(alignedWords('', 120)).toEqual([]);
    expect(alignedWords('[Instrumental]', 120)).toEqual([]);
  });
});
