/** The two calls the proxy forwards, as the app makes them. */
export const CO_QUERY = '/proxy/sunoapi-co/suno/v3.5/music/query';
export const COM_CLIPS = '/proxy/sunoapi-com/api/v2/suno/v3.5/clips';

/** What the app's own pages send: fetch metadata saying the request is same-origin. */
export function fromApp(origin: string, headers: Record<string, string> = {}) {
  return { 'Sec-Fetch-Site': 'same-origin', Origin: origin, ...headers };
}

export function mediaPath(url: string): string {
  return `/proxy/media?url=${encodeURIComponent(url)}`;
}
