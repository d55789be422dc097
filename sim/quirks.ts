/**
 * Things real providers do that a well-behaved simulator would not, on request by ID prefix:
 * `d0b1` tasks (or clip lists with such an ID) answer with every clip twice, the second copy
 * with its ID in capitals, as some proxies echo clips.
 */
import { createHash } from 'node:crypto';

export const ECHO_ID_PREFIX = 'd0b1';

export function echoesClips(ids: readonly string[]): boolean {
  return ids.some((id) => id.toLowerCase().startsWith(ECHO_ID_PREFIX));
}

export function withEchoes(clips: Record<string, unknown>[]): Record<string, unknown>[] {
  const echoes = clips.map((clip) => ({ ...clip, id: String(clip.id).toUpperCase() }));
  return [...clips, ...echoes];
}

/**
 * What the request log keeps of an Authorization header: enough to tell which key arrived
 * (tests compute the same for their keys), never the key.
 */
export function keyFingerprint(authorization: string | null): string | null {
  const value = authorization?.trim();
  if (!value) return null;
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}
