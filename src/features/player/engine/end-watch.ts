/** How long the playhead may sit at the end without `ended` before the player moves on. */
export const END_GRACE_MS = 750;
/**
 * Within this of the duration counts as at the end. A seek to the end lands a little before
 * it (`seekWithin`), and the element's length can run a frame past the clip's: WebKit has
 * been seen waiting there for data that had arrived.
 */
const AT_END_SECONDS = 0.25;

/**
 * Makes sure a clip that reached its end ends. WebKit sometimes never fires `ended` on a
 * MediaSource fed again at its tail (End pressed mid-download): the playhead sits at the
 * last second, not paused, and continuous play stops. Checked on every time update; when
 * the playhead stays at the end for a moment with no `ended`, `onStuck` ends it instead.
 */
export class EndWatch {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onStuck: () => void) {}

  check(media: HTMLMediaElement, duration: number): void {
    const atEnd =
      duration > 0 && Number.isFinite(duration) && media.currentTime >= duration - AT_END_SECONDS;
    if (!atEnd || media.paused || media.ended) {
      this.cancel();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (!media.paused && !media.ended) this.onStuck();
    }, END_GRACE_MS);
  }

  /** `ended` came (or the clip changed): nothing to make up for. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
