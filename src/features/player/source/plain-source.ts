import type { AttachedSource } from './types';

/** The browser's own download: the fallback wherever streaming cannot or may not run. */
export function attachPlainSource(media: HTMLAudioElement, url: string): AttachedSource {
  media.src = url;
  media.load();
  return { streaming: false, feed: null, close: () => undefined };
}
