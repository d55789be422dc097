import { createSignal } from '../../../lib/store';

/**
 * Tells subscribers the playhead moved. timeupdate fires about 4 times a second; while the
 * media plays, a frame loop keeps the playhead smooth.
 */
export class PlayheadClock {
  private readonly ticks = createSignal();
  private frame = 0;

  subscribe = (l: () => void): (() => void) => this.ticks.subscribe(l);

  emit(): void {
    this.ticks.emit();
  }

  /** Ticks every frame until `media` pauses. */
  follow(media: HTMLMediaElement): void {
    cancelAnimationFrame(this.frame);
    const tick = () => {
      if (media.paused) return;
      this.emit();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }
}
