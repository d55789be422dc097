import { isEmbedPath } from '../../src/domain/routes.ts';
import {
  buildEmbedLink,
  buildOembedUrl,
  buildShareLink,
  parseEmbedParams,
  parseShareParams,
  type ShareTarget,
} from '../../src/domain/share-link.ts';
import type { PreviewClip } from './clip-lookup.ts';
import type { PreviewSource } from './previews.ts';
import type { Visitor } from './visitor.ts';

/** Everything the preview tags of one share link (or its embed page) say. */
export interface PagePreview {
  target: ShareTarget;
  /** The canonical share link: this origin, the link's own fields only (its start time kept). */
  shareUrl: string;
  embedUrl: string;
  oembedUrl: string;
  /** Null when the clip is unknown or did not arrive in time: generic tags then. */
  clip: PreviewClip | null;
}

/** The share target of a share link or an embed link of this app; null for anything else. */
export function shareTargetOf(url: URL): ShareTarget | null {
  const read = isEmbedPath(url.pathname)
    ? parseEmbedParams(url.pathname, url.search)
    : parseShareParams(url.pathname, url.search);
  return read?.ok ? read.target : null;
}

/** The links a preview names for a target, all on `origin`. */
export function previewLinks(target: ShareTarget, origin: string) {
  const shareUrl = buildShareLink(origin, target);
  return {
    shareUrl,
    embedUrl: buildEmbedLink(origin, target),
    oembedUrl: buildOembedUrl(origin, shareUrl),
  };
}

/** The preview of a page request, or null when the page is not a share link. */
export async function pagePreview(
  request: Request,
  source: PreviewSource,
  origin: string,
  visitor?: Visitor,
): Promise<PagePreview | null> {
  const target = shareTargetOf(new URL(request.url));
  if (!target) return null;
  const clip = await source.clip(target, origin, visitor);
  return { target, ...previewLinks(target, origin), clip };
}
