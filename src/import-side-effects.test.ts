/**
 * Importing a module does nothing: no storage written, no global added. Start-up work
 * (migrating stored settings, applying the theme) is called by the entries, which are left
 * out here with the workers (they run in their own global scope) and the tests themselves.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const modules = import.meta.glob<unknown>([
  './**/*.{ts,tsx}',
  '!./**/*.test.{ts,tsx}',
  '!./**/*.test-helper.ts',
  '!./**/*.worker.ts',
  '!./test-setup.ts',
  '!./app/main.tsx',
  '!./app/embed-main.tsx',
]);

function storageOf(area: Storage): Record<string, string | null> {
  return Object.fromEntries(
    Array.from({ length: area.length }, (_, i) => area.key(i) ?? '').map((k) => [
      k,
      area.getItem(k),
    ]),
  );
}

describe('importing a module', () => {
  beforeEach(() => {
    vi.resetModules();
    localStorage.clear();
    sessionStorage.clear();
    // Something a module could wrongly rewrite or migrate away.
    localStorage.setItem('clip-viewer:api-key', 'sk-legacy-0123');
  });

  it.each(Object.keys(modules))('%s leaves storage and globals as they were', async (path) => {
    const local = storageOf(localStorage);
    const session = storageOf(sessionStorage);
    const globals = Object.keys(window);
    await modules[path]?.();
    expect(storageOf(localStorage)).toEqual(local);
    expect(storageOf(sessionStorage)).toEqual(session);
    expect(Object.keys(window)).toEqual(globals);
  });

  it('finds the modules to check', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(100);
  });
});
