export type MediaProbe = 'playable' | 'refused' | 'unknown';

/**
 * Whether a media address answers with something a browser can play, asked the way a player
 * asks (a media element, so no CORS is needed): only the metadata is read, and the element
 * never joins the page. For links that may have died (a shared copy, the public CDN), so the
 * page can say so before anyone presses Play.
 */
export function probeMedia(url: string, timeoutMs = 15_000): Promise<MediaProbe> {
  return new Promise((resolve) => {
    const media = document.createElement('audio');
    let settled = false;
    const finish = (result: MediaProbe) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      media.removeAttribute('src');
      media.load();
      resolve(result);
    };
    const timer = setTimeout(() => finish('unknown'), timeoutMs);
    media.preload = 'metadata';
    media.muted = true;
    media.addEventListener('loadedmetadata', () => finish('playable'));
    media.addEventListener('error', () => finish('refused'));
    media.src = url;
  });
}
