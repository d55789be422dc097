import { describe, expect, it } from 'vitest';
import { downloadFileName } from './file-name';

const ID = '5a1e0001-0000-4000-8000-000000000001';
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

function titlePart(fileName: string): string {
  return fileName.replace(/ - 5a1e0001\.mp3$/, '');
}

function expectPortable(name: string): void {
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/^[\s.]/);
  expect(name).not.toMatch(/[\s.]$/);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  expect(name.length).toBeLessThanOrEqual(255);
  // No lone surrogates: the name must survive UTF-8 encoding unchanged.
  expect(() => encodeURIComponent(name)).not.toThrow();
}

describe('downloadFileName', () => {
  it('joins the title, the first 8 characters of the id and the extension', () => {
    expect(downloadFileName('Neon Harbor', ID, 'mp3')).toBe('Neon Harbor - 5a1e0001.mp3');
  });

  it('falls back to "Untitled clip" when nothing usable is left of the title', () => {
    for (const title of ['', '   ', '\t\n', '...', ' . . ', '???', '\u0000\u0001', '<>:"/\\|?*']) {
      expect(downloadFileName(title, ID, 'mp3')).toBe('Untitled clip - 5a1e0001.mp3');
    }
  });

  it('cannot climb out of the download folder', () => {
    const name = downloadFileName('../../etc/passwd', ID, 'mp3');
    expect(name).toBe('etc passwd - 5a1e0001.mp3');
    expect(downloadFileName('..\\..\\Windows\\System32', ID, 'mp3')).toBe(
      'Windows System32 - 5a1e0001.mp3',
    );
  });

  it('removes control characters without leaving a gap', () => {
    expect(downloadFileName('a\u0000b', ID, 'mp3')).toBe('ab - 5a1e0001.mp3');
    expect(downloadFileName('a\u007fb\u0085c', ID, 'mp3')).toBe('abc - 5a1e0001.mp3');
  });

  it('replaces forbidden punctuation and collapses whitespace', () => {
    expect(downloadFileName('AC/DC:  "Live"\t\n<at> home?*', ID, 'mp3')).toBe(
      'AC DC Live at home - 5a1e0001.mp3',
    );
  });

  it('trims dots and spaces at the ends of the title', () => {
    expect(downloadFileName('name.', ID, 'mp3')).toBe('name - 5a1e0001.mp3');
    expect(downloadFileName('  .hidden  ', ID, 'mp3')).toBe('hidden - 5a1e0001.mp3');
    expect(downloadFileName('Mr. Blue', ID, 'mp3')).toBe('Mr. Blue - 5a1e0001.mp3');
  });

  it('steers clear of Windows device names', () => {
    for (const title of [
      'CON',
      'con',
      'PRN',
      'AUX',
      'NUL',
      'COM1',
      'com9',
      'LPT1',
      'CON.txt',
      'nul ',
    ]) {
      const name = downloadFileName(title, ID, 'mp3');
      expect(titlePart(name).split('.')[0]?.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(downloadFileName(title, '', 'mp3').split('.')[0]).not.toMatch(
        /^(con|prn|aux|nul|com\d|lpt\d)$/i,
      );
    }
    expect(downloadFileName('CON', ID, 'mp3')).toBe('_CON - 5a1e0001.mp3');
    // Words that merely start like a device name are fine.
    expect(downloadFileName('Console', ID, 'mp3')).toBe('Console - 5a1e0001.mp3');
  });

  it('keeps emoji and non-Latin letters', () => {
    expect(downloadFileName('Starry Night 🌌✨', ID, 'mp3')).toBe(
      'Starry Night 🌌✨ - 5a1e0001.mp3',
    );
    expect(downloadFileName('Ночь 夜 ليل', ID, 'mp3')).toBe('Ночь 夜 ليل - 5a1e0001.mp3');
    expect(downloadFileName('שיר ערש', ID, 'mp4')).toBe('שיר ערש - 5a1e0001.mp4');
  });

  it('removes bidi overrides that could disguise the extension', () => {
    const name = downloadFileName('evil\u202egpj.exe', ID, 'mp3');
    expect(name).toBe('evilgpj.exe - 5a1e0001.mp3');
  });

  it('caps the title at 80 characters without splitting an emoji', () => {
    const long = 'x'.repeat(300);
    expect(titlePart(downloadFileName(long, ID, 'mp3'))).toBe('x'.repeat(80));

    const family = '👨‍👩‍👧‍👦';
    const name = downloadFileName(family.repeat(300), ID, 'mp3');
    expectPortable(name);
    const part = titlePart(name);
    expect(part.length).toBeGreaterThan(0);
    // Whole families only: no dangling joiner or half a surrogate pair.
    expect(part.split(family).join('')).toBe('');

    const flags = downloadFileName('🎵'.repeat(300), ID, 'mp3');
    expectPortable(flags);
    expect(Array.from(titlePart(flags)).every((c) => c === '🎵')).toBe(true);
    expect(Array.from(titlePart(flags)).length).toBeLessThanOrEqual(80);
  });

  it('does not leave a trailing dot or space after cutting', () => {
    const title = `${'a'.repeat(79)}. more`;
    expect(titlePart(downloadFileName(title, ID, 'mp3'))).toBe('a'.repeat(79));
  });

  it('sanitizes the extension and the id', () => {
    expect(downloadFileName('Song', ID, '.MP3')).toBe('Song - 5a1e0001.mp3');
    expect(downloadFileName('Song', ID, 'mp3/../../x')).toBe('Song - 5a1e0001.mp3x');
    expect(downloadFileName('Song', ID, '')).toBe('Song - 5a1e0001');
    expect(downloadFileName('Song', '../ab/cd', 'mp3')).toBe('Song - abcd.mp3');
    expect(downloadFileName('Song', '', 'mp3')).toBe('Song.mp3');
  });

  it('always produces a portable name for nasty titles', () => {
    const nasty = [
      '../../etc/passwd',
      'CON',
      '   ',
      'a\u0000b',
      'name.',
      '🎵'.repeat(300),
      '\u202eRTL override',
      'مرحبا بالعالم',
      '<script>alert(1)</script>',
      'C:\\Windows\\win.ini',
      '\ud800 lone surrogate',
      'half \ud83c pair \udfb5 here',
      'x'.repeat(10_000),
      '. .. ...',
      'tab\tand\nnewline',
    ];
    for (const title of nasty) {
      const name = downloadFileName(title, ID, 'mp3');
      expectPortable(name);
      expect(name.endsWith(' - 5a1e0001.mp3')).toBe(true);
    }
  });
});
