import { previewHead, templateDescription, withHead } from '../share/head-tags.ts';
import { pagePreview } from '../share/page-preview.ts';
import type { PreviewSource } from '../share/previews.ts';
import type { Visitor } from '../share/visitor.ts';

/** What a page needs to render its own <head>: where share links' clips come from. */
export interface PageHeads {
  previews: PreviewSource;
  /** The origin links are written on (PUBLIC_ORIGIN), else the request's. */
  origin: (request: Request) => string;
  /** Who is asking, for the previews' per-visitor budget. */
  visitor?: (request: Request, env: unknown) => Visitor;
}

/**
 * The HTML for one page of the app, from the built template. Every page path goes through
 * here: share links (and embed pages) get their clip's title and Open Graph, Twitter and
 * oEmbed tags; every other page, and a share link whose clip is not known in time, the
 * template as built. Crawlers and people get the same HTML, and the same app.
 */
export async function renderAppHtml(
  request: Request,
  template: string,
  heads?: PageHeads,
  env?: unknown,
): Promise<string> {
  if (!heads) return template;
  const visitor = heads.visitor?.(request, env);
  const preview = await pagePreview(request, heads.previews, heads.origin(request), visitor);
  if (!preview) return template;
  return withHead(template, previewHead(preview, templateDescription(template)));
}
