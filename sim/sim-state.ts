import { TaskClocks, VirtualClock, clipPhaseAt, type ClipPhase, type Stall } from './clock.ts';
import { clipJson } from './clip-view.ts';
import { FaultCounters, faultForId, stallFor, type FaultName } from './faults.ts';
import { variantForClip } from './media-variants.ts';
import { TaskCatalog, type ClipRef } from './task-catalog.ts';

export interface RequestLogEntry {
  method: string;
  path: string;
  ids: string[];
  /** A fingerprint of the Authorization header (see `keyFingerprint`), never the key. */
  key: string | null;
  /** API requests with the same key being answered when this one arrived, itself included. */
  inFlight: number;
  at: string;
}

/** Long enough ago that every clip of a "finished" task is complete with its video. */
const FINISHED_AGO_SIM_SECONDS = 36_000;

/** Keeps the log bounded when a dev server runs for days. */
const MAX_LOGGED_REQUESTS = 1000;

/**
 * Everything the simulator remembers between requests, each store bounded. `testTasks` turns
 * on what only tests need (fault IDs and headers, galleries of many clips): development and
 * test servers have them, a deployment's Demo does not.
 */
export class SimState {
  readonly catalog: TaskCatalog;
  readonly clock: VirtualClock;
  readonly clocks: TaskClocks;
  readonly faults = new FaultCounters();
  private readonly log: RequestLogEntry[] = [];
  /** API requests being answered, per key fingerprint: one client's, whoever else is asking. */
  private readonly inFlight = new Map<string | null, number>();

  constructor(
    speed: number,
    readonly testTasks = true,
  ) {
    this.clock = new VirtualClock(speed);
    this.clocks = new TaskClocks(this.clock);
    this.catalog = new TaskCatalog(testTasks);
  }

  /** The fault an ID asks for, where faults exist. */
  faultFor(id: string): FaultName | undefined {
    return this.testTasks ? faultForId(id) : undefined;
  }

  /** Never pass headers here: the log must not hold keys, only their fingerprints. */
  record(method: string, path: string, ids: string[], key: string | null = null): void {
    this.log.push({
      method,
      path,
      ids,
      key,
      inFlight: this.inFlight.get(key) ?? 0,
      at: new Date().toISOString(),
    });
    if (this.log.length > MAX_LOGGED_REQUESTS) this.log.shift();
  }

  requests(): readonly RequestLogEntry[] {
    return this.log;
  }

  /** Counts an API request as being answered while `answer` runs (delays and faults included). */
  async counted<T>(key: string | null, answer: () => Promise<T>): Promise<T> {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    try {
      return await answer();
    } finally {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    }
  }

  /** A stall comes from the request header, else from the clip's or its task's id prefix. */
  phase(ref: ClipRef, headerStall: Stall = 'none'): ClipPhase {
    const spec = ref.task.clips[ref.index];
    if (!spec) throw new RangeError(`task ${ref.task.id} has no clip ${ref.index}`);
    if (ref.task.finished) this.clocks.startedAgo(ref.task.clockKey, FINISHED_AGO_SIM_SECONDS);
    const stall = [
      headerStall,
      stallFor(this.faultFor(spec.id)),
      stallFor(this.faultFor(ref.task.id)),
    ].find((candidate) => candidate !== 'none');
    return clipPhaseAt(this.clocks.elapsed(ref.task.clockKey), ref.index, {
      stall: stall ?? 'none',
      fails: spec.error !== null,
    });
  }

  clipJson(ref: ClipRef, origin: string, headerStall: Stall = 'none'): Record<string, unknown> {
    const spec = ref.task.clips[ref.index];
    if (!spec) throw new RangeError(`task ${ref.task.id} has no clip ${ref.index}`);
    return clipJson({
      spec,
      phase: this.phase(ref, headerStall),
      variant: variantForClip(spec.id),
      origin,
      createdAt: this.clocks.createdAt(ref.task.clockKey),
    });
  }

  /** Forgets what has expired: what a flood left goes within `FLOOD_PROBATION_MS` of its end. */
  sweep(): void {
    this.catalog.sweep();
    this.clocks.sweep();
    this.faults.sweep();
  }

  /** Everything, or only the clocks of the given task or clip ids (and their tasks). */
  reset(ids?: readonly string[]): void {
    if (!ids) {
      this.clocks.reset();
      this.faults.reset();
      this.log.length = 0;
      return;
    }
    const keys = ids.flatMap((id) => {
      const ref = this.catalog.knownClip(id);
      return [`task:${id}`, `clip:${id}`, ...(ref ? [ref.task.clockKey] : [])];
    });
    this.clocks.reset(keys);
    this.faults.reset(ids);
  }
}
