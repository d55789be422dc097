import { BoundedMap, FLOOD_PROBATION_MS, type BoundedMapOptions } from './bounded-map.ts';

/**
 * The pure timeline of a simulated generation. Times are "sim seconds": real seconds times the
 * speed factor, so tests can fast-forward without changing any of the phase boundaries.
 */

export type ClipStatus = 'submitted' | 'queued' | 'streaming' | 'complete' | 'error';

/** How a fault can freeze a clip; 'none' is the ordinary run. */
export type Stall = 'none' | 'queued' | 'streaming';

export const TIMELINE = {
  queuedAt: 2,
  streamingAt: 8,
  completeAt: 40,
  /** The second clip of a task trails the first, as Suno's two variations rarely finish together. */
  perClipDelay: 3,
  /** Suno renders the video after the MP3, so a finished clip shows `is_video_pending` for a while. */
  videoPendingFor: 15,
  /** A clip stalled while streaming stays at this fraction of its audio. */
  stalledStreamProgress: 0.5,
} as const;

export interface ClipPhase {
  status: ClipStatus;
  /** 0..1 share of the audio generated so far; 1 once complete. */
  streamProgress: number;
  isVideoPending: boolean;
}

export interface PhaseOptions {
  stall?: Stall;
  /** The clip is refused (e.g. moderation) at the moment it would start streaming. */
  fails?: boolean;
}

export function clipPhaseAt(
  elapsedSimSeconds: number,
  clipIndex: number,
  options: PhaseOptions = {},
): ClipPhase {
  const t = elapsedSimSeconds - clipIndex * TIMELINE.perClipDelay;
  const stall = options.stall ?? 'none';
  if (t < TIMELINE.queuedAt)
    return { status: 'submitted', streamProgress: 0, isVideoPending: true };
  if (t < TIMELINE.streamingAt || stall === 'queued') {
    return { status: 'queued', streamProgress: 0, isVideoPending: true };
  }
  if (options.fails) return { status: 'error', streamProgress: 0, isVideoPending: false };
  const streamingSpan = TIMELINE.completeAt - TIMELINE.streamingAt;
  const progress = (t - TIMELINE.streamingAt) / streamingSpan;
  if (stall === 'streaming') {
    return {
      status: 'streaming',
      streamProgress: Math.min(progress, TIMELINE.stalledStreamProgress),
      isVideoPending: true,
    };
  }
  if (t < TIMELINE.completeAt) {
    return { status: 'streaming', streamProgress: progress, isVideoPending: true };
  }
  return {
    status: 'complete',
    streamProgress: 1,
    isVideoPending: t < TIMELINE.completeAt + TIMELINE.videoPendingFor,
  };
}

const STATUS_RANK: Record<Exclude<ClipStatus, 'error'>, number> = {
  submitted: 0,
  queued: 1,
  streaming: 2,
  complete: 3,
};

/** A task is as far as its slowest clip; failed clips are finished, so they do not hold it back. */
export function taskStatus(statuses: readonly ClipStatus[]): ClipStatus {
  let slowest: ClipStatus = 'error';
  let slowestRank = Number.POSITIVE_INFINITY;
  for (const status of statuses) {
    if (status === 'error') continue;
    if (STATUS_RANK[status] < slowestRank) {
      slowest = status;
      slowestRank = STATUS_RANK[status];
    }
  }
  return slowest;
}

/**
 * Virtual time that integrates the speed factor, so changing the speed mid-run never makes a
 * running task jump backwards or skip phases.
 */
export class VirtualClock {
  private anchorReal: number;
  private anchorSim = 0;
  private currentSpeed: number;

  constructor(
    speed = 1,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.currentSpeed = validSpeed(speed);
    this.anchorReal = nowMs();
  }

  get speed(): number {
    return this.currentSpeed;
  }

  nowSim(): number {
    return this.anchorSim + ((this.nowMs() - this.anchorReal) / 1000) * this.currentSpeed;
  }

  setSpeed(speed: number): void {
    this.anchorSim = this.nowSim();
    this.anchorReal = this.nowMs();
    this.currentSpeed = validSpeed(speed);
  }
}

export function validSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0 || speed > 100_000) {
    throw new RangeError(`speed must be a number in (0, 100000], got ${speed}`);
  }
  return speed;
}

/** Clocks kept at once, and how long an unused one is kept: a flood of IDs must not grow us. */
export const CLOCK_BOUNDS: BoundedMapOptions = {
  max: 5000,
  idleMs: 2 * 60 * 60_000,
  probationMs: FLOOD_PROBATION_MS,
};

/**
 * Each task's clock starts at its first query; reset forgets them all. A clock nobody asked
 * about for a while (or pushed out by newer ones) starts again at the next query.
 */
export class TaskClocks {
  private readonly starts: BoundedMap<string, { sim: number; wallMs: number }>;

  constructor(
    readonly clock: VirtualClock,
    private readonly wallMs: () => number = Date.now,
    bounds: BoundedMapOptions = CLOCK_BOUNDS,
  ) {
    this.starts = new BoundedMap(bounds, wallMs);
  }

  get size(): number {
    return this.starts.size;
  }

  /** Starts the clock for `key` if needed and returns its elapsed sim seconds. */
  elapsed(key: string): number {
    return this.clock.nowSim() - this.start(key).sim;
  }

  /** Wall time of the first query, used as the clip's `created_at`. */
  createdAt(key: string): Date {
    return new Date(this.start(key).wallMs);
  }

  has(key: string): boolean {
    return this.starts.has(key);
  }

  sweep(): void {
    this.starts.sweep();
  }

  /** Forgets every clock, or only the given ones so parallel tests do not disturb each other. */
  reset(keys?: readonly string[]): void {
    if (!keys) this.starts.clear();
    else keys.forEach((k) => this.starts.delete(k));
  }

  /** Makes a clock look as if it started `simSeconds` ago: finished tasks for demos and benchmarks. */
  startedAgo(key: string, simSeconds: number): void {
    if (this.starts.has(key)) return;
    this.starts.set(key, {
      sim: this.clock.nowSim() - simSeconds,
      wallMs: this.wallMs() - (simSeconds / this.clock.speed) * 1000,
    });
  }

  private start(key: string): { sim: number; wallMs: number } {
    return (
      this.starts.get(key) ??
      this.starts.set(key, { sim: this.clock.nowSim(), wallMs: this.wallMs() })
    );
  }
}
