import { describe, expect, it } from 'vitest';
import { lineAt, textOfWords, timeLyrics, wordAt, type AlignedWord } from './timed-lyrics';

const w = (word: string, start: number, end = start + 0.4, success = true): AlignedWord => ({
  word,
  start,
  end,
  success,
});

const LYRICS = '[Verse]\nSalt on the window\nNeon in the rain\n\n[Chorus]\nHold on, harbor!';

/** The words as Suno's aligner folds them: marks and breaks inside the word before or after. */
const TRAILING = [
  w('[Verse]\nSalt ', 10),
  w('on ', 10.5),
  w('the ', 11),
  w('window\n', 11.5),
  w('Neon ', 13),
  w('in ', 13.5),
  w('the ', 14),
  w('rain\n\n', 14.5),
  w('[Chorus]\nHold ', 20),
  w('on, ', 20.5),
  w('harbor!\n', 21),
];

/** The other folding seen in answers: breaks before the word, no spaces. */
const LEADING = [
  w('[Verse]\nSalt', 10),
  w('on', 10.5),
  w('the', 11),
  w('window', 11.5),
  w('\nNeon', 13),
  w('in', 13.5),
  w('the', 14),
  w('rain', 14.5),
  w('\n\n[Chorus]\nHold', 20),
  w('on,', 20.5),
  w('harbor!', 21),
];

describe('timeLyrics', () => {
  it.each([
    ['trailing', TRAILING],
    ['leading', LEADING],
  ])('keeps the clip’s own lines and sections, timed by their words (%s breaks)', (_, words) => {
    const timed = timeLyrics(words, LYRICS);
    expect(timed?.sections.map((s) => s.heading)).toEqual(['Verse', 'Chorus']);
    expect(timed?.lines.map((l) => [l.text, l.start])).toEqual([
      ['Salt on the window', 10],
      ['Neon in the rain', 13],
      ['Hold on, harbor!', 20],
    ]);
    expect(timed?.lines[2]?.words.map((x) => x.text)).toEqual(['Hold', 'on,', 'harbor!']);
    expect(timed?.lines[0]?.end).toBeCloseTo(11.9);
  });

  it('rebuilds lines and sections from the words when the clip has no lyrics text', () => {
    const timed = timeLyrics(TRAILING, null);
    expect(timed?.sections.map((s) => [s.heading, s.lines.map((l) => l.text)])).toEqual([
      ['Verse', ['Salt on the window', 'Neon in the rain']],
      ['Chorus', ['Hold on, harbor!']],
    ]);
    expect(timeLyrics(LEADING, '  ')?.lines.map((l) => l.start)).toEqual([10, 13, 20]);
  });

  it('shows the sung words when the clip’s text is not what was sung', () => {
    const timed = timeLyrics(TRAILING, 'Something else entirely\nwith other words');
    expect(timed?.lines.map((l) => l.text)).toEqual([
      'Salt on the window',
      'Neon in the rain',
      'Hold on, harbor!',
    ]);
  });

  it('leaves a word the aligner could not place untimed, in its line', () => {
    const words = TRAILING.map((x, i) => (i === 4 ? { ...x, success: false } : x));
    const timed = timeLyrics(words, LYRICS);
    const line = timed?.lines[1];
    expect(line?.words.map((x) => x.text)).toEqual(['Neon', 'in', 'the', 'rain']);
    expect(line?.words[0]?.start).toBeNull();
    // The line starts with its first placed word, not the unplaced one's time.
    expect(line?.start).toBe(13.5);
  });

  it('follows through words the aligner added or skipped', () => {
    const words = [
      w('[Verse]\nSalt ', 10),
      w('oh ', 10.2),
      w('on ', 10.5),
      w('the ', 11),
      w('window\n', 11.5),
      // "Neon in" not sung
      w('the ', 14),
      w('rain\n', 14.5),
      w('Hold ', 20),
      w('on ', 20.5),
      w('harbor\n', 21),
    ];
    const timed = timeLyrics(words, LYRICS);
    expect(timed?.lines.map((l) => l.start)).toEqual([10, 14, 20]);
    expect(timed?.lines[1]?.words.map((x) => x.start)).toEqual([null, null, 14, 14.5]);
  });

  it('keeps blank lines inside a section, untimed', () => {
    const timed = timeLyrics(TRAILING, '[Verse]\nSalt on the window\n\nNeon in the rain');
    expect(timed?.lines.map((l) => [l.text, l.start])).toEqual([
      ['Salt on the window', 10],
      ['', null],
      ['Neon in the rain', 13],
    ]);
  });

  it('gives nothing to follow for an instrumental or an aligner that placed nothing', () => {
    expect(timeLyrics([], LYRICS)).toBeNull();
    expect(timeLyrics([], null)).toBeNull();
    expect(
      timeLyrics(
        TRAILING.map((x) => ({ ...x, success: false })),
        LYRICS,
      ),
    ).toBeNull();
    expect(timeLyrics([w('[Intro]\n', 1)], null)).toBeNull();
  });

  it('numbers lines and words across sections', () => {
    const timed = timeLyrics(TRAILING, LYRICS);
    expect(timed?.lines.map((l) => [l.index, l.firstWord])).toEqual([
      [0, 0],
      [1, 4],
      [2, 8],
    ]);
  });
});

describe('lineAt and wordAt', () => {
  const timed = timeLyrics(TRAILING, LYRICS);
  if (!timed) throw new Error('expected timings');

  it('lights the last line started until the next one starts', () => {
    expect(lineAt(timed, 0)).toBeNull();
    expect(lineAt(timed, 9.99)).toBeNull();
    expect(lineAt(timed, 10)?.index).toBe(0);
    expect(lineAt(timed, 12.9)?.index).toBe(0);
    expect(lineAt(timed, 13)?.index).toBe(1);
    // An instrumental break keeps the line before it.
    expect(lineAt(timed, 18)?.index).toBe(1);
    expect(lineAt(timed, 21.2)?.index).toBe(2);
  });

  it('lets the last line go a moment after its last word', () => {
    expect(lineAt(timed, 22.5)?.index).toBe(2);
    expect(lineAt(timed, 30)).toBeNull();
  });

  it('marks the word being sung, none between words', () => {
    const line = lineAt(timed, 13.6);
    if (!line) throw new Error('expected a line');
    expect(wordAt(line, 13.6)).toBe(5);
    expect(wordAt(line, 13.45)).toBe(-1);
  });

  it('never marks a word the aligner could not place', () => {
    const words = TRAILING.map((x, i) => (i === 5 ? { ...x, success: false } : x));
    const t = timeLyrics(words, LYRICS);
    const line = t && lineAt(t, 13.6);
    expect(line && wordAt(line, 13.6)).toBe(-1);
  });
});

describe('textOfWords', () => {
  it('joins words with the spacing they carry, adding one only where none is', () => {
    expect(textOfWords(TRAILING)).toBe(
      '[Verse]\nSalt on the window\nNeon in the rain\n\n[Chorus]\nHold on, harbor!\n',
    );
    expect(textOfWords(LEADING)).toBe(
      '[Verse]\nSalt on the window\nNeon in the rain\n\n[Chorus]\nHold on, harbor!',
    );
  });
});
