/**
 * What a share link brings, read by code that only share links load: the link's target, the
 * snapshot in its fragment, and the clip a recipient without a key would get.
 */
import { keylessClip, type KeylessClip } from '../api/cdn-fallback';
import { isRealProvider } from '../domain/providers';
import { parseShareParams, type ShareParseResult } from '../domain/share-link';
import { readSnapshot, type SnapshotRead } from '../domain/share-snapshot';

export interface ShareLanding {
  share: ShareParseResult | null;
  /** The snapshot in the fragment: read, or why it was ignored; null when there is none. */
  snapshot: SnapshotRead | null;
  /** For a real provider's link: what plays when the recipient has no key for it. */
  keyless: KeylessClip | null;
}

export function readShareLanding(pathname: string, search: string, hash: string): ShareLanding {
  const share = parseShareParams(pathname, search);
  const snapshot = readSnapshot(hash);
  const target = share?.ok ? share.target : null;
  const keyless =
    target && isRealProvider(target.provider)
      ? keylessClip(target.clipId, snapshot?.ok ? snapshot.snapshot : null, target.provider)
      : null;
  return { share, snapshot, keyless };
}
