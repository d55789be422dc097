/**
 * Where an API key may go. A key belongs to one provider and to the origin it was saved for;
 * it travels only over https, or to this computer (loopback), because over plain http anyone
 * on the way can read it.
 */

/** This computer's usual names (and `.localhost` names, as the media host lists write them). */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]', '.localhost'];

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    LOOPBACK_NAMES.includes(host) ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** The origin of an absolute URL, or null when it is not one. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export type KeyRefusal = 'insecure' | 'other-origin' | 'not-a-url';

/**
 * Whether a key saved for `savedFor` may be sent to `destination` (both origins or URLs).
 * Null means yes; otherwise why not.
 */
export function keyRefusal(destination: string, savedFor: string | null): KeyRefusal | null {
  const origin = originOf(destination);
  if (origin === null) return 'not-a-url';
  const { protocol, hostname } = new URL(origin);
  if (protocol !== 'https:' && !isLoopbackHost(hostname)) return 'insecure';
  if (savedFor !== null && originOf(savedFor) !== origin) return 'other-origin';
  return null;
}

export const INSECURE_KEY_MESSAGE =
  'API keys are sent only over https (or to this computer): over plain http anyone on the way could read the key.';
