export interface StreamLimits {
  /** Live streams open at once, all clients together; more get 503 with Retry-After. */
  max: number;
  /** A stream whose reader takes nothing for this long is ended. */
  idleMs: number;
  /** No stream lasts longer than this, even one that never completes. */
  maxMs: number;
}

export const STREAM_LIMITS: StreamLimits = { max: 64, idleMs: 20_000, maxMs: 10 * 60_000 };

/** One open stream's hold on the gate; `end` may be called more than once. */
export interface StreamTicket {
  /** The reader asked for more: it is not idle. */
  pulled(): void;
  /** Bytes are waiting for the reader: start counting its idleness. */
  waiting(): void;
  end(): void;
}

/**
 * Counts live streams and ends the ones that stall or outlive their limit, so clients that
 * open streams and never read cannot hold the server's memory or sockets.
 */
export class StreamGate {
  private active = 0;

  constructor(private readonly limits: StreamLimits = STREAM_LIMITS) {}

  get open(): number {
    return this.active;
  }

  /** A ticket, or null when the gate is full; `stop` is called when the stream must end. */
  enter(stop: (reason: string) => void): StreamTicket | null {
    if (this.active >= this.limits.max) return null;
    this.active += 1;
    let ended = false;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const end = () => {
      if (ended) return;
      ended = true;
      this.active -= 1;
      clearTimeout(idle);
      clearTimeout(lifetime);
    };
    const lifetime = setTimeout(() => {
      end();
      stop('stream lasted too long');
    }, this.limits.maxMs);
    return {
      pulled: () => clearTimeout(idle),
      waiting: () => {
        clearTimeout(idle);
        idle = setTimeout(() => {
          end();
          stop('reader idle');
        }, this.limits.idleMs);
      },
      end,
    };
  }
}
