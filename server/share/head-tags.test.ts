// @vitest-environment jsdom
// A browser's HTML parser reads the pages back, as a crawler or a browser would.
import { describe, expect, it } from 'vitest';
import type { PreviewClip } from './clip-lookup.ts';
import { previewHead, templateDescription, withHead } from './head-tags.ts';
import type { PagePreview } from './page-preview.ts';

const TEMPLATE =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>Clip Viewer</title>' +
  '<meta name="description" content="Look at &amp; share." /></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/a.js"></script></body></html>';

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(1)>' & </head>`;

const CLIP: PreviewClip = {
  id: 'a',
  title: 'Neon Harbor',
  artist: 'Harbor Lights',
  handle: 'harbor',
  tags: ['synthwave', 'dreamy'],
  coverUrl: 'https://v.example/sim/media/image_a.jpeg',
  coverLargeUrl: 'https://v.example/sim/media/image_large_a.jpeg',
  audioUrl: 'https://v.example/sim/media/a.mp3',
  videoUrl: 'https://v.example/sim/media/a.mp4',
  duration: 183.6,
  settled: true,
  playable: true,
};

function preview(clip: PreviewClip | null, provider: 'demo' | 'sunoapi-com' = 'demo'): PagePreview {
  return {
    target: { provider, lookup: { mode: 'clips', ids: ['a'] }, clipId: 'a', at: null },
    shareUrl: 'https://v.example/clips/a?p=demo&clip=a',
    embedUrl: 'https://v.example/embed/clips/a?p=demo&clip=a',
    oembedUrl: 'https://v.example/oembed?url=x&format=json',
    clip,
  };
}

/** The page as a browser parses it: what is in <head>, and whether anything became markup. */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (key: string) =>
    doc.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return { doc, meta };
}

describe('preview tags', () => {
  it('name the clip: title, artist and tags, absolute cover, canonical link, oEmbed, player', () => {
    const html = withHead(TEMPLATE, previewHead(preview(CLIP), 'generic'));
    const { doc, meta } = parse(html);
    expect(doc.title).toBe('Neon Harbor · Clip Viewer');
    expect(meta('og:title')).toBe('Neon Harbor');
    expect(meta('og:type')).toBe('music.song');
    expect(meta('og:description')).toBe('By Harbor Lights · synthwave, dreamy');
    expect(meta('description')).toBe('By Harbor Lights · synthwave, dreamy');
    expect(meta('og:image')).toBe(CLIP.coverLargeUrl);
    expect(meta('og:url')).toBe('https://v.example/clips/a?p=demo&clip=a');
    expect(meta('music:duration')).toBe('184');
    expect(meta('og:audio')).toBe(CLIP.audioUrl);
    expect(meta('og:video')).toBe(CLIP.videoUrl);
    expect(meta('twitter:card')).toBe('player');
    expect(meta('twitter:player')).toBe('https://v.example/embed/clips/a?p=demo&clip=a');
    const oembed = doc.head.querySelector('link[type="application/json+oembed"]');
    expect(oembed?.getAttribute('href')).toBe('https://v.example/oembed?url=x&format=json');
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    // The app itself is untouched.
    expect(html.slice(html.indexOf('<body>'))).toBe(TEMPLATE.slice(TEMPLATE.indexOf('<body>')));
  });

  it('keep hostile text inside attributes: no element, no script, the same text back', () => {
    const clip = { ...CLIP, title: HOSTILE, artist: HOSTILE, tags: [HOSTILE] };
    const html = withHead(TEMPLATE, previewHead(preview(clip), 'generic'));
    const { doc, meta } = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.body.querySelector('#root')).not.toBeNull();
    expect(meta('og:title')).toBe(HOSTILE);
    expect(meta('og:image:alt')).toBe(`Cover of ${HOSTILE}`);
    expect(doc.title).toBe(`${HOSTILE} · Clip Viewer`);
    expect(html).not.toContain('<script>alert');
  });

  it('advertise no media of a real provider (its links expire), and no player when unplayable', () => {
    const real = parse(withHead(TEMPLATE, previewHead(preview(CLIP, 'sunoapi-com'), 'g')));
    expect(real.meta('og:audio')).toBeUndefined();
    expect(real.meta('og:video')).toBeUndefined();
    expect(real.meta('twitter:player')).toBe('https://v.example/embed/clips/a?p=demo&clip=a');
    const pending = { ...CLIP, playable: false, settled: false, audioUrl: null };
    const waiting = parse(withHead(TEMPLATE, previewHead(preview(pending), 'g')));
    expect(waiting.meta('og:audio')).toBeUndefined();
    expect(waiting.meta('twitter:card')).toBe('summary_large_image');
    expect(waiting.meta('twitter:player')).toBeUndefined();
  });

  it('fall back to generic tags, keeping the template’s title and description', () => {
    const html = withHead(TEMPLATE, previewHead(preview(null), templateDescription(TEMPLATE)));
    const { doc, meta } = parse(html);
    expect(doc.title).toBe('Clip Viewer');
    expect(meta('og:title')).toBe('Clip Viewer');
    expect(meta('og:type')).toBe('website');
    expect(meta('og:description')).toBe('Look at & share.');
    expect(html).toContain('<meta name="description" content="Look at &amp; share." />');
    expect(meta('twitter:card')).toBe('summary');
    expect(doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://v.example/clips/a?p=demo&clip=a',
    );
  });
});
