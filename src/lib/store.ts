/**
 * The one store primitive: a value, its setter and its listeners. The player, the waveforms
 * being drawn and the persisted settings all keep state through it, and React reads it with
 * `useStore` (useSyncExternalStore), so every store behaves the same to a component.
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  /** Listeners hear of it only when the value is a different one (Object.is). */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/** Anything with get and subscribe can be read by a component. */
export type Readable<T> = Pick<Store<T>, 'get' | 'subscribe'>;

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // A copy: a listener that unsubscribes (or subscribes) while told must not skip others.
      [...listeners].forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Sets the fields given, telling listeners only when one of them changed (Object.is). */
export function patchStore<T extends object>(store: Store<T>, next: Partial<T>): void {
  const current = store.get();
  const changed = (Object.keys(next) as (keyof T)[]).some((k) => !Object.is(current[k], next[k]));
  if (changed) store.set({ ...current, ...next });
}

/** A listener set with nothing stored: for changes read from elsewhere (a media element). */
export function createSignal(): { emit(): void; subscribe(listener: () => void): () => void } {
  const ticks = createStore(0);
  return { emit: () => ticks.set(ticks.get() + 1), subscribe: ticks.subscribe };
}

/** A component's view of a store, or of part of it (`select` must return stable values). */
export function useStore<T, S = T>(
  store: Readable<T>,
  select: (value: T) => S = (value) => value as unknown as S,
): S {
  const read = () => select(store.get());
  // A page rendered in the browser only: the server's snapshot is the browser's.
  return useSyncExternalStore(store.subscribe, read, read);
}
