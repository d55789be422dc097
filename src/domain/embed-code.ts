/**
 * The `<iframe>` snippet of the embeddable player. The share dialog ("Embed code") and the
 * server's oEmbed answer both write it here, so a pasted snippet and an oEmbed embed match.
 */
import { escapeHtml } from '../lib/html';

/** What the snippet asks for; the player fills whatever it is given from 300 px wide. */
export const EMBED_SIZE = { width: 480, height: 180, minWidth: 300 } as const;

export interface EmbedSnippet {
  /** The embed page's absolute URL. */
  src: string;
  /** The clip's title, for the frame's accessible name. */
  title: string;
  width?: number;
  height?: number;
}

export function embedSnippet({
  src,
  title,
  width = EMBED_SIZE.width,
  height = EMBED_SIZE.height,
}: EmbedSnippet): string {
  const name = escapeHtml(`${title} · Clip Viewer`);
  return (
    `<iframe src="${escapeHtml(src)}" title="${name}" width="${Math.round(width)}" ` +
    `height="${Math.round(height)}" style="border:0;max-width:100%" ` +
    `allow="autoplay; fullscreen" loading="lazy"></iframe>`
  );
}
