type Listener = () => void;

/**
 * Tells subscribers the playhead moved. timeupdate fires about 4 times a second; while the
 * media plays, a frame loop keeps the playhead smooth.
 */
export class PlayheadClock {
  private listeners = new Set<Listener>();
  private frame = 0;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  emit(): void {
    this.listeners.forEach((l) => l());
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
