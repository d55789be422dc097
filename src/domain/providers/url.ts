/**
 * Base URLs come from Settings, so they may be relative (`/sim`, the app's own simulator) and
 * may or may not end in a slash.
 */
export function resolveBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  const origin =
    typeof window !== 'undefined' && window.location.origin !== 'null'
      ? window.location.origin
      : 'http://localhost';
  const path = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return `${origin}${path === '/' ? '' : path}`;
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${resolveBaseUrl(baseUrl)}/${path.replace(/^\/+/, '')}`;
}
