import { describe, expect, it } from 'vitest';
import { blankClip } from './clip';
import { clipLrc, parseLrc, toLrc } from './lrc';
import { timeLyrics, type AlignedWord } from './timed-lyrics';

/** Awkward times on purpose: thousandths, past a minute, past ten minutes. */
const WORDS: AlignedWord[] = [
  { word: '[Verse]\nSalt ', start: 7.345, end: 7.9, success: true },
  { word: 'air\n', start: 8.004, end: 8.6, success: true },
  { word: 'Pink ', start: 61.995, end: 62.4, success: true },
  { word: 'sky\n', start: 62.5, end: 63, success: true },
  { word: '[Outro]\nGone\n', start: 605.126, end: 606, success: true },
];

describe('LRC', () => {
  it('round-trips: parsed back, each line starts at the provider’s time to 10 ms', () => {
    const timed = timeLyrics(WORDS, '[Verse]\nSalt air\nPink sky\n[Outro]\nGone');
    if (!timed) throw new Error('expected timings');
    const lrc = toLrc(timed, { title: 'Neon Harbor', artist: 'Demo' });
    if (lrc === null) throw new Error('expected an LRC file');
    const parsed = parseLrc(lrc);
    expect(parsed.map((l) => l.text)).toEqual(['Salt air', 'Pink sky', 'Gone']);
    const provider = [7.345, 61.995, 605.126];
    parsed.forEach((line, i) => {
      expect(Math.abs(line.seconds - (provider[i] ?? -1))).toBeLessThanOrEqual(0.01);
    });
  });

  it('writes mm:ss.xx stamps and the title and artist tags', () => {
    const timed = timeLyrics(WORDS, null);
    if (!timed) throw new Error('expected timings');
    expect(toLrc(timed, { title: 'A ] title\nwith a break', artist: null })).toBe(
      '[ti:A title with a break]\n[00:07.35]Salt air\n[01:02.00]Pink sky\n[10:05.13]Gone\n',
    );
  });

  it('names a clip’s file as its page shows it: the display name, else the handle', () => {
    const timed = timeLyrics(WORDS, null);
    if (!timed) throw new Error('expected timings');
    const clip = { ...blankClip('c1'), title: '', handle: 'harbor' };
    expect(clipLrc(clip, timed)).toMatch(/^\[ti:Untitled clip\]\n\[ar:harbor\]\n/);
    expect(clipLrc({ ...clip, displayName: 'Night Shift' }, timed)).toContain('[ar:Night Shift]');
  });

  it('leaves out lines with no time and gives nothing when no line has one', () => {
    const timed = timeLyrics(WORDS, '[Verse]\nSalt air\nnever sung at all here\nPink sky');
    const lrc = timed && toLrc(timed, { title: 't' });
    expect(lrc).not.toContain('never sung');
    const none = timed && {
      ...timed,
      lines: timed.lines.map((l) => ({ ...l, start: null })),
    };
    expect(none && toLrc(none, { title: 't' })).toBeNull();
  });

  it('reads stamps without hundredths, with thousandths, and several on one line', () => {
    expect(parseLrc('[ar:x]\n[00:01]a\n[00:02.5]b\n[00:03.250][00:09.00]c\nno stamp')).toEqual([
      { seconds: 1, text: 'a' },
      { seconds: 2.5, text: 'b' },
      { seconds: 3.25, text: 'c' },
      { seconds: 9, text: 'c' },
    ]);
  });
});
