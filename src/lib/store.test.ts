import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createSignal, createStore, patchStore, useStore } from './store';

describe('createStore', () => {
  it('tells its listeners of a new value, not of the same one', () => {
    const store = createStore({ n: 1 });
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.set(store.get());
    expect(listener).not.toHaveBeenCalled();
    store.set({ n: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.set({ n: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ n: 3 });
  });

  it('re-renders a component that reads it, or the part it selects', () => {
    const store = createStore({ a: 1, b: 1 });
    const whole = renderHook(() => useStore(store));
    const part = renderHook(() => useStore(store, (s) => s.a));
    act(() => store.set({ a: 2, b: 1 }));
    expect(whole.result.current).toEqual({ a: 2, b: 1 });
    expect(part.result.current).toBe(2);
  });
});

describe('createSignal', () => {
  it('tells its listeners at every emit', () => {
    const signal = createSignal();
    const listener = vi.fn();
    signal.subscribe(listener);
    signal.emit();
    signal.emit();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('patchStore', () => {
  it('tells listeners only when a field given changed', () => {
    const store = createStore({ a: 1, b: 'x', c: Number.NaN });
    let told = 0;
    store.subscribe(() => (told += 1));
    patchStore(store, { a: 1, c: Number.NaN });
    expect(told).toBe(0);
    patchStore(store, { b: 'y' });
    expect(told).toBe(1);
    expect(store.get()).toEqual({ a: 1, b: 'y', c: Number.NaN });
  });
});
