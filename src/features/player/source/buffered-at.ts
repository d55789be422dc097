/** What the element's buffer holds: `SourceBuffer.buffered`, or a stand-in in tests. */
export interface BufferedRanges {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

/** Closer than this to the end of a stretch, a seek counts as past it (it would stall). */
const EDGE_SECONDS = 0.1;

/**
 * Whether a seek to `t` can play from what has arrived. A seek to the very end of the clip
 * counts when the last stretch reaches the end: fetching the tail again would reopen a
 * stream that has ended, and WebKit does not always end it a second time.
 */
export function holdsMoment(
  ranges: BufferedRanges,
  t: number,
  clip: { duration: number | null; ended: boolean },
): boolean {
  for (let i = 0; i < ranges.length; i += 1) {
    const start = ranges.start(i);
    const end = ranges.end(i);
    if (t < start) continue;
    if (t < end - EDGE_SECONDS) return true;
    const last = i === ranges.length - 1;
    const reachesEnd =
      clip.ended || (clip.duration !== null && end >= clip.duration - EDGE_SECONDS);
    if (last && reachesEnd && t <= end + EDGE_SECONDS) return true;
  }
  return false;
}
