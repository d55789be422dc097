import { useCallback, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../../lib/storage';

export type Theme = 'dark' | 'light';
const SLOT = 'clip-viewer:theme';
const listeners = new Set<() => void>();

function read(): Theme {
  return readStored('local', SLOT) === 'light' ? 'light' : 'dark';
}

/** Dark by default; called once before the first render so there is no flash. */
export function applyTheme(theme: Theme = read()): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
}

export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    read,
  );
  const toggle = useCallback(() => {
    const next: Theme = read() === 'dark' ? 'light' : 'dark';
    writeStored('local', SLOT, next);
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return [theme, toggle];
}
