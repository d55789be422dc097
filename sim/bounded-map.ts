export interface BoundedMapOptions {
  /** Entries kept at most; past it the least recently used go first. */
  max: number;
  /** An entry not used for this long is forgotten (its next use starts afresh). */
  idleMs: number;
  /**
   * The shorter lifetime of an entry nobody came back for: one used only within
   * `PROVEN_AFTER_MS` of its making. A flood asks for each made-up ID once; a person's page
   * polls the same task again and again, which proves the entry and earns it `idleMs`.
   */
  probationMs?: number;
}

/** Used again this long after it was made, an entry is somebody's, not a flood's. */
export const PROVEN_AFTER_MS = 1000;

/** The simulator's probation: a page polls every few seconds, so a minute is generous. */
export const FLOOD_PROBATION_MS = 60_000;

interface Entry<V> {
  value: V;
  madeAt: number;
  usedAt: number;
}

/**
 * A Map with a cap and idle lifetimes, for everything the simulator remembers per ID a
 * visitor typed: without both, a flood of made-up IDs grows the process without end, and
 * without `sweep` what a flood left would stay until the next write.
 * (A hand-written one because the maintained `lru-cache` is not among the dependencies.)
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly options: BoundedMapOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    const now = this.now();
    if (this.expired(entry, now)) return undefined;
    // Re-inserted, so Map order stays least recently used first.
    entry.usedAt = now;
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): V {
    const now = this.now();
    const before = this.entries.get(key);
    this.entries.delete(key);
    const madeAt = before && !this.expired(before, now) ? before.madeAt : now;
    this.entries.set(key, { value, madeAt, usedAt: now });
    // Oldest first: drop the expired ones and whatever is over the cap, then stop.
    for (const [oldest, entry] of this.entries) {
      if (!this.expired(entry, now) && this.entries.size <= this.options.max) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Drops every expired entry, wherever it sits (lifetimes differ, so not only the oldest). */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.expired(entry, now)) this.entries.delete(key);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  keys(): IterableIterator<K> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  private expired(entry: Entry<V>, now: number): boolean {
    const { idleMs, probationMs } = this.options;
    const proven = entry.usedAt - entry.madeAt >= PROVEN_AFTER_MS;
    return now - entry.usedAt >= (proven || probationMs === undefined ? idleMs : probationMs);
  }
}
