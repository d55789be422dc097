/**
 * The query parameters of a share link: `?p=<provider>&clip=<clipId>&t=<seconds>`. Kept apart
 * from their parser (`share-link.ts`) so a page can tell a share link from an ordinary address
 * without loading the parser, which only share links need.
 */
export const SHARE_PARAMS = { provider: 'p', clip: 'clip', at: 't' } as const;

/** Whether the address carries share parameters at all. */
export function hasShareParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has(SHARE_PARAMS.clip) || params.has(SHARE_PARAMS.at);
}
