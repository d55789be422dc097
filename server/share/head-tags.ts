import { isRealProvider } from '../../src/domain/providers/index.ts';
import { EMBED_SIZE } from '../../src/domain/embed-code.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import type { PreviewClip } from './clip-lookup.ts';
import type { PagePreview } from './page-preview.ts';

export const SITE_NAME = 'Clip Viewer';

/** What goes into a page's <head>: its title, its description and the preview tags. */
export interface PageHead {
  title: string;
  /** Null keeps the template's own. */
  description: string | null;
  /** Already escaped markup, one tag each. */
  tags: string[];
}

const meta = (attribute: 'property' | 'name', key: string, value: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
const og = (key: string, value: string) => meta('property', key, value);
const twitter = (key: string, value: string) => meta('name', key, value);

/** "By Harbor Lights · synthwave, dreamy · 3:04": the artist and the tags. */
export function describeClip(clip: PreviewClip): string {
  const parts = [clip.artist ? `By ${clip.artist}` : 'A song'];
  if (clip.tags.length > 0) parts.push(clip.tags.join(', '));
  return parts.join(' · ');
}

/**
 * Media is advertised only where it stays public: the Demo provider's own files. A real
 * provider's links are signed and expire, so a crawler's copy would soon be dead; those get
 * the player (which asks the provider afresh) and the cover only.
 */
function publicMedia(preview: PagePreview, clip: PreviewClip): string[] {
  if (isRealProvider(preview.target.provider) || !clip.settled || !clip.playable) return [];
  const tags: string[] = [];
  if (clip.audioUrl) tags.push(og('og:audio', clip.audioUrl), og('og:audio:type', 'audio/mpeg'));
  if (clip.videoUrl) tags.push(og('og:video', clip.videoUrl), og('og:video:type', 'video/mp4'));
  return tags;
}

function clipTags(preview: PagePreview, clip: PreviewClip, description: string): string[] {
  const image = clip.coverLargeUrl ?? clip.coverUrl;
  const tags = [
    og('og:type', 'music.song'),
    og('og:title', clip.title),
    og('og:description', description),
  ];
  if (image) tags.push(og('og:image', image), og('og:image:alt', `Cover of ${clip.title}`));
  if (clip.duration !== null) tags.push(og('music:duration', String(Math.round(clip.duration))));
  tags.push(...publicMedia(preview, clip));
  tags.push(twitter('twitter:title', clip.title), twitter('twitter:description', description));
  if (image) tags.push(twitter('twitter:image', image));
  if (clip.playable) {
    tags.push(
      twitter('twitter:card', 'player'),
      twitter('twitter:player', preview.embedUrl),
      twitter('twitter:player:width', String(EMBED_SIZE.width)),
      twitter('twitter:player:height', String(EMBED_SIZE.height)),
    );
  } else {
    tags.push(twitter('twitter:card', image ? 'summary_large_image' : 'summary'));
  }
  return tags;
}

/** The head of a share link's page: the clip's tags, or generic ones when it is not known. */
export function previewHead(preview: PagePreview, genericDescription: string): PageHead {
  const { clip } = preview;
  const description = clip ? describeClip(clip) : genericDescription;
  const title = clip ? `${clip.title} · ${SITE_NAME}` : SITE_NAME;
  const common = [
    og('og:site_name', SITE_NAME),
    og('og:url', preview.shareUrl),
    `<link rel="canonical" href="${escapeHtml(preview.shareUrl)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(preview.oembedUrl)}" title="${escapeHtml(clip?.title ?? SITE_NAME)}">`,
  ];
  const specific = clip
    ? clipTags(preview, clip, description)
    : [
        og('og:type', 'website'),
        og('og:title', SITE_NAME),
        og('og:description', description),
        twitter('twitter:card', 'summary'),
      ];
  return { title, description: clip ? description : null, tags: [...common, ...specific] };
}

const TITLE = /<title>[\s\S]*?<\/title>/i;
const DESCRIPTION = /<meta\s+name="description"\s+content="([^"]*)"\s*\/?>/i;

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The template's own description as text, for pages whose clip is not known. */
export function templateDescription(template: string): string {
  const raw = DESCRIPTION.exec(template)?.[1] ?? '';
  return raw.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The built page with a head of its own: its <title> and description replaced, the preview
 * tags added before </head>. The rest of the page, the app itself, is left exactly as built.
 */
export function withHead(template: string, head: PageHead): string {
  const title = `<title>${escapeHtml(head.title)}</title>`;
  let html = TITLE.test(template) ? template.replace(TITLE, () => title) : template;
  if (head.description !== null) {
    const description = `<meta name="description" content="${escapeHtml(head.description)}">`;
    html = DESCRIPTION.test(html) ? html.replace(DESCRIPTION, () => description) : html;
  }
  const extra = [...(TITLE.test(template) ? [] : [title]), ...head.tags].join('\n    ');
  return html.replace(/<\/head>/i, () => `  ${extra}\n  </head>`);
}
