/**
 * Provider JSON ends up in `src`/`href` attributes, so only absolute http(s) URLs get through;
 * anything else (javascript:, data:, relative paths, junk) becomes null at the boundary.
 */

export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0 || text.length > 4096) return null;
  // "https:evil.com/x" parses with no base, yet a browser resolves it against the page; only
  // the explicit scheme://host form means the same thing everywhere.
  if (!/^https?:\/\//i.test(text)) return null;
  let parsed: URL;
  try {
    // No base: relative URLs must fail rather than resolve against the app's origin.
    parsed = new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname.length === 0) return null;
  // The parsed form, so what the page uses is exactly what was checked.
  return parsed.href;
}
