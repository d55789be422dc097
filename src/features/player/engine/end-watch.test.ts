import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { END_GRACE_MS, EndWatch } from './end-watch';

/** The parts of a media element the watch reads. */
function media(currentTime: number, state: { paused?: boolean; ended?: boolean } = {}) {
  return { currentTime, paused: false, ended: false, ...state } as HTMLMediaElement;
}

describe('EndWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ends a clip whose playhead sits at the end with no `ended` (WebKit after End)', () => {
    const stuck = vi.fn();
    const watch = new EndWatch(stuck);
    const element = media(180);
    watch.check(element, 180);
    watch.check(element, 180);
    vi.advanceTimersByTime(END_GRACE_MS - 1);
    expect(stuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stuck).toHaveBeenCalledTimes(1);
  });

  it('also ends one stuck just short of the end, where a seek to the end lands', () => {
    const stuck = vi.fn();
    const watch = new EndWatch(stuck);
    // The clip says 236.16 s, the element 236.196 s; End asked for 236.11 s.
    watch.check(media(236.11), 236.196);
    vi.advanceTimersByTime(END_GRACE_MS);
    expect(stuck).toHaveBeenCalledTimes(1);
    // Half a second before the end is still playing, not stuck.
    const playing = vi.fn();
    new EndWatch(playing).check(media(235.7), 236.196);
    vi.advanceTimersByTime(END_GRACE_MS * 2);
    expect(playing).not.toHaveBeenCalled();
  });

  it('does nothing when `ended` comes, the clip is paused, or the playhead moves back', () => {
    const stuck = vi.fn();
    const watch = new EndWatch(stuck);
    watch.check(media(180), 180);
    watch.cancel();
    watch.check(media(179.99, { paused: true }), 180);
    watch.check(media(180), 180);
    watch.check(media(12), 180);
    const ending = media(180);
    watch.check(ending, 180);
    Object.assign(ending, { ended: true });
    vi.advanceTimersByTime(END_GRACE_MS * 2);
    expect(stuck).not.toHaveBeenCalled();
  });

  it('ignores a length that is unknown or endless', () => {
    const stuck = vi.fn();
    const watch = new EndWatch(stuck);
    watch.check(media(0), 0);
    watch.check(media(50), Number.POSITIVE_INFINITY);
    watch.check(media(50), Number.NaN);
    vi.advanceTimersByTime(END_GRACE_MS * 2);
    expect(stuck).not.toHaveBeenCalled();
  });
});
