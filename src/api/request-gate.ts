/**
 * A batch of tasks is polled together, so many requests could leave at once. Each provider
 * gets a gate: at most a few requests in flight, and when the provider asks us to slow down
 * (429 with Retry-After) every request to it waits, not just the one that was told.
 */
import { ApiError } from '../domain/errors';

/** Requests in flight at once to one provider. */
export const MAX_IN_FLIGHT = 4;

export class RequestGate {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private heldUntil = 0;

  constructor(private readonly limit = MAX_IN_FLIGHT) {}

  /** No request leaves before `at` (epoch ms); a later hold wins over an earlier one. */
  holdUntil(at: number): void {
    this.heldUntil = Math.max(this.heldUntil, at);
  }

  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      const wait = this.heldUntil - Date.now();
      if (wait > 0) await sleep(wait, signal);
      return await job();
    } finally {
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (this.inFlight < this.limit) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const take = () => {
        signal?.removeEventListener('abort', give);
        this.inFlight += 1;
        resolve();
      };
      const give = () => {
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new ApiError('aborted', 'The request was cancelled.'));
      };
      this.waiting.push(take);
      signal?.addEventListener('abort', give, { once: true });
    });
  }

  private release(): void {
    this.inFlight -= 1;
    this.waiting.shift()?.();
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiError('aborted', 'The request was cancelled.'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new ApiError('aborted', 'The request was cancelled.'));
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

const gates = new Map<string, RequestGate>();

/** The gate for one provider at one address: shared by every lookup that asks it. */
export function gateFor(kind: string, baseUrl: string): RequestGate {
  const key = `${kind}|${baseUrl}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = new RequestGate();
    gates.set(key, gate);
  }
  return gate;
}
