import { describe, expect, it } from 'vitest';
import { comFixture } from './providers/fixtures.test-helper';
import { parseLyrics } from './lyrics-sections';

describe('parseLyrics', () => {
  it('returns no sections for null, empty or blank lyrics', () => {
    expect(parseLyrics(null)).toEqual([]);
    expect(parseLyrics('')).toEqual([]);
    expect(parseLyrics(' \n\n \r\n')).toEqual([]);
  });

  it('splits on bracketed marks and drops the brackets', () => {
    expect(parseLyrics('[Verse]\nOne\nTwo\n\n[Chorus]\nThree')).toEqual([
      { heading: 'Verse', lines: ['One', 'Two'] },
      { heading: 'Chorus', lines: ['Three'] },
    ]);
  });

  it('recognises the usual Suno marks, trimming space inside the brackets', () => {
    const marks = [
      'Verse',
      'Verse 2',
      'Chorus',
      'Bridge',
      'Intro',
      'Outro',
      'Pre-Chorus',
      'Instrumental Break',
    ];
    const text = [...marks.map((m) => `[${m}]\nla`), '[ Chorus ]\nla', '  [Outro]  \nla'].join(
      '\n',
    );
    expect(parseLyrics(text).map((s) => s.heading)).toEqual([...marks, 'Chorus', 'Outro']);
  });

  it('gives text before the first mark a null heading', () => {
    expect(parseLyrics('Spoken intro\n\n[Verse]\nSung')).toEqual([
      { heading: null, lines: ['Spoken intro'] },
      { heading: 'Verse', lines: ['Sung'] },
    ]);
  });

  it('has no null section when only blank lines come before the first mark', () => {
    expect(parseLyrics('\n\n[Verse]\nA')).toEqual([{ heading: 'Verse', lines: ['A'] }]);
  });

  it('keeps inner blank lines as empty strings but trims them at section edges', () => {
    expect(parseLyrics('[Verse]\n\n  \nA\n\n\nB\n   \n\n[Chorus]\nC\n\n')).toEqual([
      { heading: 'Verse', lines: ['A', '', '', 'B'] },
      { heading: 'Chorus', lines: ['C'] },
    ]);
  });

  it('keeps a mark with no lines as an empty section', () => {
    expect(parseLyrics('[Intro]\n\n[Instrumental Break]\n[Verse]\nA\n[Outro]')).toEqual([
      { heading: 'Intro', lines: [] },
      { heading: 'Instrumental Break', lines: [] },
      { heading: 'Verse', lines: ['A'] },
      { heading: 'Outro', lines: [] },
    ]);
  });

  it('treats text after a mark on the same line as the first lyric line', () => {
    expect(parseLyrics('[Verse] Stars shine\nabove')).toEqual([
      { heading: 'Verse', lines: ['Stars shine', 'above'] },
    ]);
  });

  it('leaves brackets in the middle of a line, empty brackets and broken marks as text', () => {
    expect(parseLyrics('I said [softly] hello\n[]\n[ ]\n[Verse\nVerse]\n[[Chorus]]')).toEqual([
      {
        heading: null,
        lines: ['I said [softly] hello', '[]', '[ ]', '[Verse', 'Verse]', '[[Chorus]]'],
      },
    ]);
  });

  it('handles CRLF and lone CR line endings', () => {
    expect(parseLyrics('[Verse]\r\nA\r\n\r\nB\r[Chorus]\rC\r\n')).toEqual([
      { heading: 'Verse', lines: ['A', '', 'B'] },
      { heading: 'Chorus', lines: ['C'] },
    ]);
  });

  it('does not hang or throw on long or hostile input', () => {
    const long = `[${'x'.repeat(100_000)}`;
    expect(parseLyrics(long)).toEqual([{ heading: null, lines: [long] }]);
    expect(parseLyrics('[<script>alert(1)</script>]\n<b>hi</b>')).toEqual([
      { heading: '<script>alert(1)</script>', lines: ['<b>hi</b>'] },
    ]);
    expect(parseLyrics('[Коро́ткий 🎵]\nשלום')).toEqual([
      { heading: 'Коро́ткий 🎵', lines: ['שלום'] },
    ]);
  });

  it('splits the sunoapi.com fixture lyrics into their six sections', async () => {
    const json = (await comFixture()) as { clips: { metadata: { prompt: string } }[] };
    const lyrics = json.clips[0]?.metadata.prompt ?? null;
    const sections = parseLyrics(lyrics);
    expect(sections.map((s) => s.heading)).toEqual([
      'Verse',
      'Verse 2',
      'Chorus',
      'Verse 3',
      'Bridge',
      'Chorus',
    ]);
    for (const section of sections) {
      expect(section.lines).toHaveLength(4);
      for (const line of section.lines) expect(line).not.toMatch(/[[\]]/);
    }
    expect(sections[0]?.lines[0]).toBe('Stars they shine above me');
  });
});
