/**
 * Media URLs as Suno sends them. Besides unsafe values (dropped by `safeHttpUrl`), Suno uses
 * placeholders that look like URLs but never play: `…/None.mp3` (Python's None in a template)
 * for media that never rendered, and `https://studio-api.prod.suno.com/api/forbidden` for a
 * clip whose audio is locked (gcui-art/suno-api#289). Proxies mirror them on their own hosts.
 */
import type { AudioProblem } from '../../clip';
import { safeHttpUrl } from '../../../lib/safe-url';

const MISSING = /\/None\.(mp3|mp4|m4a|jpe?g|png|webp)$/i;
const LOCKED = /\/api\/forbidden\/?$/i;

function problemOf(url: string): AudioProblem | null {
  const { pathname } = new URL(url);
  if (LOCKED.test(pathname)) return 'locked';
  if (MISSING.test(pathname)) return 'missing';
  return null;
}

/** A media URL the app may use, or null (unsafe, empty or a placeholder). */
export function mediaUrl(value: unknown): string | null {
  const url = safeHttpUrl(value);
  return url !== null && problemOf(url) === null ? url : null;
}

/** An audio URL, or why there is none the provider meant to be played. */
export function audioOf(value: unknown): { url: string | null; problem: AudioProblem | null } {
  const url = safeHttpUrl(value);
  if (url === null) return { url: null, problem: null };
  const problem = problemOf(url);
  return problem === null ? { url, problem: null } : { url: null, problem };
}
