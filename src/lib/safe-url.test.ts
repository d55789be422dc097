import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://cdn1.suno.ai/abc.mp3')).toBe('https://cdn1.suno.ai/abc.mp3');
    expect(safeHttpUrl('http://localhost:5173/sim/media/a.mp3')).toBe(
      'http://localhost:5173/sim/media/a.mp3',
    );
    expect(safeHttpUrl('https://audiopipe.suno.ai/?item_id=abc')).toBe(
      'https://audiopipe.suno.ai/?item_id=abc',
    );
  });

  it('trims surrounding whitespace', () => {
    expect(safeHttpUrl('  https://cdn2.suno.ai/image_x.jpeg\n')).toBe(
      'https://cdn2.suno.ai/image_x.jpeg',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.com/a.mp3',
    '/relative/path.mp3',
    'relative.mp3',
    '//cdn1.suno.ai/a.mp3',
    '',
    '   ',
    'https://',
    'http//broken',
    'not a url at all',
  ])('rejects %j', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });

  it.each([null, undefined, 42, true, {}, ['https://a.b/c'], { href: 'https://a.b' }])(
    'rejects non-string %j',
    (value) => {
      expect(safeHttpUrl(value)).toBeNull();
    },
  );

  it('rejects absurdly long strings without throwing', () => {
    expect(safeHttpUrl('https://a.b/' + 'x'.repeat(100_000))).toBeNull();
  });
});

describe('safeHttpUrl and scheme-relative tricks', () => {
  it('refuses URLs that a browser would resolve against the page', () => {
    expect(safeHttpUrl('https:evil.com/x.mp3')).toBeNull();
    expect(safeHttpUrl('http:/evil.com/a.mp3')).toBeNull();
    expect(safeHttpUrl('HTTPS://CDN1.SUNO.AI/a.mp3')).toBe('https://cdn1.suno.ai/a.mp3');
  });
});
