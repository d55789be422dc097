import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { PROVIDERS } from '../domain/providers';
import { ROUTES } from '../domain/routes';
import { NowPlaying, PlayerShortcuts } from '../features/player';
import { OpenSettingsContext, SettingsDialog, useSettings } from '../features/settings';
import { useTheme } from '../features/theme';
import { Link, useLocation } from '../lib/router';
import { secondaryButton } from '../ui/button-styles';
import { LoadBoundary } from '../ui/load-boundary';
import { AppRoutes } from './routes';

// The bar's lyrics panel, and what it follows the music with, load with the bar's first clip.
const NowPlayingLyrics = lazy(() => import('../pages/now-playing-lyrics'));

/** The page frame: header, the current page, the now-playing bar and the Settings dialog. */
export function App() {
  const settings = useSettings();
  const queryClient = useQueryClient();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [theme, toggleTheme] = useTheme();
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const { pathname } = useLocation();

  return (
    <OpenSettingsContext.Provider value={openSettings}>
      <a
        href="#content"
        className="sr-only rounded-lg bg-violet-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <div className="mx-auto flex min-h-dvh max-w-7xl flex-col px-4 pb-[calc(var(--now-playing-height,0px)+1.5rem)]">
        <header className="flex flex-wrap items-center justify-between gap-3 py-4">
          <h1 className="text-lg font-bold">
            <Link to={ROUTES.home} className="flex items-center gap-2">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              Clip Viewer
            </Link>
          </h1>
          <div className="flex items-center gap-2">
            <span className="hidden text-xs text-zinc-600 sm:inline dark:text-zinc-400">
              {PROVIDERS[settings.kind].label}
            </span>
            <button type="button" className={secondaryButton} onClick={toggleTheme}>
              {theme === 'dark' ? 'Light theme' : 'Dark theme'}
            </button>
            <button type="button" className={secondaryButton} onClick={openSettings}>
              Settings
            </button>
          </div>
        </header>
        <main id="content" tabIndex={-1} className="flex-1 outline-none">
          <LoadBoundary key={pathname} what="This page">
            <AppRoutes />
          </LoadBoundary>
        </main>
      </div>
      <LoadBoundary what="The player">
        <NowPlaying
          extra={(clip, owner) => (
            <Suspense fallback={null}>
              <NowPlayingLyrics clip={clip} owner={owner} />
            </Suspense>
          )}
        />
        <PlayerShortcuts />
      </LoadBoundary>
      {settingsOpen ? (
        <LoadBoundary what="Settings">
          <SettingsDialog
            open
            settings={settings}
            onClose={() => setSettingsOpen(false)}
            // A new key or provider makes every cached answer stale.
            onSaved={() => void queryClient.resetQueries()}
          />
        </LoadBoundary>
      ) : null}
    </OpenSettingsContext.Provider>
  );
}
