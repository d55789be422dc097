export interface RateLimitOptions {
  /** Requests one client may make per window. */
  limit: number;
  windowMs: number;
  /** Clients remembered at once; past it, the oldest windows are dropped first. */
  maxClients: number;
}

/** Who is asking: the socket's address on Node, CF-Connecting-IP on Workers. */
export type ClientKey = (request: Request, env: unknown) => string | undefined;

interface Window {
  start: number;
  count: number;
}

/**
 * A fixed window per client, in memory. It is a guard against one caller draining the
 * server's key or bandwidth, not an exact quota. On Workers each isolate would count on its
 * own, so there the per-client budgets use the Rate Limiting binding (`edge/binding-limiters.ts`)
 * when it is configured; this one stays for Node, tests and the server's own smaller guards.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when the client is over its limit, else 0 (and the request is counted). */
  take(client: string): number {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.options.windowMs) {
      this.windows.delete(client);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
      this.prune(now);
    }
    if (window.count >= this.options.limit) {
      return Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
    }
    window.count += 1;
    return 0;
  }

  private prune(now: number): void {
    // Maps keep insertion order and a renewed window is re-inserted, so the oldest come first.
    for (const [client, window] of this.windows) {
      const expired = now - window.start >= this.options.windowMs;
      if (!expired && this.windows.size <= this.options.maxClients) break;
      this.windows.delete(client);
    }
  }
}
