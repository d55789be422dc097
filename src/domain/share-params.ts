/**
 * The query parameters of a share link: `?p=<provider>&clip=<clipId>&t=<seconds>`. Kept apart
 * from their parser (`share-link.ts`) so a page can tell a share link from an ordinary address
 * without loading the parser, which only share links need.
 */
export const SHARE_PARAMS = { provider: 'p', clip: 'clip', at: 't' } as const;

/**
 * The fragment of a share link: `#s=<snapshot>`, a playable copy of the clip's links. The part
 * after `#` never reaches a server, so the copy stays between the sharer and the recipient.
 */
export const SNAPSHOT_PARAM = 's';

/** The snapshot text in a fragment (`#s=…`), or null when there is none. */
export function snapshotText(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SNAPSHOT_PARAM);
}

/** The query cache's key for what one share address brings: the address itself. */
export function shareLinkQueryKey(pathname: string, search: string, hash: string) {
  return ['share-link', pathname, search, hash] as const;
}

/** Whether the address carries share parameters at all, in its query or its fragment. */
export function hasShareParams(search: string, hash = ''): boolean {
  const params = new URLSearchParams(search);
  return (
    params.has(SHARE_PARAMS.clip) || params.has(SHARE_PARAMS.at) || snapshotText(hash) !== null
  );
}
