import { useCallback, useEffect } from 'react';
import * as v from 'valibot';
import { persistedStore, usePersisted } from '../../lib/persisted-store';

export type Theme = 'dark' | 'light';

const themeStore = persistedStore<Theme>({
  key: 'clip-viewer:theme',
  schema: v.picklist(['dark', 'light']),
  // Until the person chooses, the device's setting (dark where it says nothing).
  fallback: () =>
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: light)').matches
      ? 'light'
      : 'dark',
});

/** Called once before the first render so there is no flash. */
export function applyTheme(theme: Theme = themeStore.get()): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
}

export function useTheme(): [Theme, () => void] {
  const theme = usePersisted(themeStore);
  // Also follows a change made in another tab.
  useEffect(() => applyTheme(theme), [theme]);
  const toggle = useCallback(() => {
    themeStore.set(themeStore.get() === 'dark' ? 'light' : 'dark');
  }, []);
  return [theme, toggle];
}
