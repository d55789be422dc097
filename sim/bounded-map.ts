export interface BoundedMapOptions {
  /** Entries kept at most; past it the least recently used go first. */
  max: number;
  /** An entry not used for this long is forgotten (its next use starts afresh). */
  idleMs: number;
}

/**
 * A Map with a cap and an idle lifetime, for everything the simulator remembers per ID a
 * visitor typed: without both, a flood of made-up IDs grows the process without end.
 * (A hand-written one because the maintained `lru-cache` is not among the dependencies.)
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { value: V; usedAt: number }>();

  constructor(
    private readonly options: BoundedMapOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    const now = this.now();
    if (now - entry.usedAt >= this.options.idleMs) return undefined;
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
    this.entries.delete(key);
    this.entries.set(key, { value, usedAt: now });
    // Oldest first: drop the idle ones and whatever is over the cap, then stop.
    for (const [oldest, entry] of this.entries) {
      const idle = now - entry.usedAt >= this.options.idleMs;
      if (!idle && this.entries.size <= this.options.max) break;
      this.entries.delete(oldest);
    }
    return value;
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
}
