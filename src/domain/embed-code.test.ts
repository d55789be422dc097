import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, embedSnippet } from './embed-code';

describe('embedSnippet', () => {
  it('is one iframe of the default size with the title as its name', () => {
    const html = embedSnippet({
      src: 'https://v.example/embed/task/a?p=demo&clip=b',
      title: 'Song',
    });
    expect(html).toBe(
      '<iframe src="https://v.example/embed/task/a?p=demo&amp;clip=b" title="Song · Clip Viewer" ' +
        `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" ` +
        'allow="autoplay; fullscreen" loading="lazy"></iframe>',
    );
  });

  it('keeps a hostile title inside its attribute', () => {
    const html = embedSnippet({
      src: 'https://v.example/embed/x"><script>alert(1)</script>',
      title: '"><script>alert(1)</script><iframe onload=alert(1) \'',
      width: 320.4,
      height: 200,
    });
    // Read back as a browser would: one iframe, no script, every value where it was put.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0];
    expect(frame?.getAttribute('title')).toBe(
      '"><script>alert(1)</script><iframe onload=alert(1) \' · Clip Viewer',
    );
    expect(frame?.getAttribute('src')).toBe('https://v.example/embed/x"><script>alert(1)</script>');
    expect(frame?.getAttribute('onload')).toBeNull();
    expect(html).toContain('width="320" height="200"');
  });
});
