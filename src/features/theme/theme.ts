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

/** The page's background in each theme (zinc-950, zinc-50), for the browser's own bars. */
const THEME_COLORS: Readonly<Record<Theme, string>> = { dark: '#09090b', light: '#fafafa' };

/** Called once before the first render so there is no flash. */
export function applyTheme(theme: Theme = themeStore.get()): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
  // The installed app's title bar follows the theme chosen here, not only the device's.
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLORS[theme]);
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
