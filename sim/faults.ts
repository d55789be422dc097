import { BoundedMap, FLOOD_PROBATION_MS } from './bounded-map.ts';
import type { Stall } from './clock.ts';

export const FAULT_NAMES = [
  'unauthorized',
  'not-found',
  'rate-limit',
  'server-error',
  'malformed',
  'not-clips',
  'stall-queued',
  'stall-streaming',
  'timeout',
  'latency',
  'oversized',
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

/** Ids starting with these 8 hex digits trigger a fault, so a test only needs the right id. */
export const FAULT_ID_PREFIXES: Readonly<Record<string, FaultName>> = {
  fa170401: 'unauthorized',
  fa170404: 'not-found',
  fa170429: 'rate-limit',
  fa170500: 'server-error',
  fa17bad0: 'malformed',
  fa17bad1: 'not-clips',
  fa175a11: 'stall-queued',
  fa175a12: 'stall-streaming',
  fa1771e0: 'timeout',
  fa17de1a: 'latency',
  fa17b16b: 'oversized',
};

export const FAULT_HEADER = 'x-sim-fault';
export const TIMEOUT_MS = 60_000;
export const LATENCY_MS = 1_500;
export const RETRY_AFTER_SECONDS = 3;
/** An answer bigger than any page of clips: the client must stop reading, not drown. */
export const OVERSIZED_BYTES = 6 * 1024 * 1024;

export function faultForId(id: string): FaultName | undefined {
  return FAULT_ID_PREFIXES[id.slice(0, 8).toLowerCase()];
}

export function faultFromHeader(value: string | string[] | undefined): FaultName | undefined {
  const name = (Array.isArray(value) ? value[0] : value)?.trim().toLowerCase();
  return FAULT_NAMES.find((fault) => fault === name);
}

export function stallFor(fault: FaultName | undefined): Stall {
  if (fault === 'stall-queued') return 'queued';
  if (fault === 'stall-streaming') return 'streaming';
  return 'none';
}

/** What to do with one request, given its fault and how many requests that fault has seen. */
export type FaultAction =
  | { kind: 'normal' }
  | { kind: 'reply'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'truncate' }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang'; ms: number };

export function faultAction(
  fault: FaultName | undefined,
  requestNumber: number,
  notFoundMessage: string,
): FaultAction {
  switch (fault) {
    case 'unauthorized':
      return { kind: 'reply', status: 401, body: { code: 401, message: 'Unauthorized' } };
    case 'not-found':
      return { kind: 'reply', status: 404, body: { code: 404, message: notFoundMessage } };
    case 'rate-limit':
      return requestNumber === 1
        ? {
            kind: 'reply',
            status: 429,
            body: { code: 429, message: 'Too Many Requests' },
            headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
          }
        : { kind: 'normal' };
    case 'server-error':
      return requestNumber <= 2
        ? { kind: 'reply', status: 500, body: { code: 500, message: 'Internal Server Error' } }
        : { kind: 'normal' };
    case 'malformed':
      // Odd requests are fine, so clips appear before the broken answers start.
      return requestNumber % 2 === 0 ? { kind: 'truncate' } : { kind: 'normal' };
    case 'not-clips':
      return { kind: 'reply', status: 200, body: { code: 200, data: 'nope' } };
    case 'oversized':
      return {
        kind: 'reply',
        status: 200,
        body: { code: 200, clips: [], padding: 'x'.repeat(OVERSIZED_BYTES) },
      };
    case 'timeout':
      return { kind: 'hang', ms: TIMEOUT_MS };
    case 'latency':
      return { kind: 'delay', ms: LATENCY_MS };
    case 'stall-queued':
    case 'stall-streaming':
    case undefined:
      return { kind: 'normal' };
  }
}

/** Counts requests per fault key (bounded like the clocks); reset with the simulator. */
export class FaultCounters {
  private readonly counts = new BoundedMap<string, number>({
    max: 2000,
    idleMs: 30 * 60_000,
    probationMs: FLOOD_PROBATION_MS,
  });

  get size(): number {
    return this.counts.size;
  }

  sweep(): void {
    this.counts.sweep();
  }

  next(key: string): number {
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count;
  }

  /** All counters, or only those whose key names one of the given ids. */
  reset(ids?: readonly string[]): void {
    if (!ids) return this.counts.clear();
    for (const key of [...this.counts.keys()]) {
      if (ids.some((id) => key.includes(id))) this.counts.delete(key);
    }
  }
}
