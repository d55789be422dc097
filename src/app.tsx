import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { EmptyState } from './features/lookup/empty-state';
import { LookupForm } from './features/lookup/lookup-form';
import { pathForTarget } from './features/lookup/lookup-routes';
import { LookupPage } from './features/lookup/lookup-page';
import { OpenSettingsContext } from './features/settings/settings-context';
import { useSettings } from './features/settings/settings-store';
import { PROVIDERS } from './api/providers';
import { useTheme } from './features/theme/theme';
import { NowPlayingBar } from './features/player/now-playing-bar';
import { usePlayerShortcuts } from './features/player/use-player-shortcuts';
import { secondaryButton } from './ui/button-styles';
import { Link, navigate, useLocation } from './ui/router';

// Loaded when first opened: most visits never open Settings.
const SettingsDialog = lazy(() => import('./features/settings/settings-dialog'));
const ClipView = lazy(() => import('./features/clip/clip-view'));

export function App() {
  const settings = useSettings();
  const queryClient = useQueryClient();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [theme, toggleTheme] = useTheme();
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  usePlayerShortcuts();

  return (
    <OpenSettingsContext.Provider value={openSettings}>
      <div className="mx-auto flex min-h-dvh max-w-7xl flex-col px-4 pb-24">
        <header className="flex flex-wrap items-center justify-between gap-3 py-4">
          <h1 className="text-lg font-bold">
            <Link to="/" className="flex items-center gap-2">
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
        <main className="flex-1">
          <CurrentPage />
        </main>
      </div>
      <NowPlayingBar />
      {settingsOpen ? (
        <Suspense fallback={null}>
          <SettingsDialog
            open
            settings={settings}
            onClose={() => setSettingsOpen(false)}
            // A new key or provider makes every cached answer stale.
            onSaved={() => void queryClient.resetQueries()}
          />
        </Suspense>
      ) : null}
    </OpenSettingsContext.Provider>
  );
}

function CurrentPage() {
  const { pathname } = useLocation();
  if (pathname === '/') return <HomePage />;
  const match = /^\/(task|clips)\/([^/]+)(?:\/clip\/([^/]+))?\/?$/.exec(pathname);
  if (match?.[1] && match[2]) {
    const mode = match[1] === 'task' ? 'task' : 'clips';
    if (match[3]) {
      return (
        <Suspense fallback={<p className="text-sm">Loading…</p>}>
          <ClipView mode={mode} param={safeDecode(match[2])} clipId={safeDecode(match[3])} />
        </Suspense>
      );
    }
    return <LookupPage key={mode} mode={mode} param={safeDecode(match[2])} />;
  }
  return <NotFound />;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function HomePage() {
  const settings = useSettings();
  return (
    <div className="space-y-6">
      <LookupForm
        kind={settings.kind}
        initialText=""
        onLookup={(t) => navigate(pathForTarget(t))}
      />
      <EmptyState kind={settings.kind} />
    </div>
  );
}

function NotFound() {
  return (
    <div className="space-y-3 py-10 text-center">
      <h2 className="text-xl font-semibold">Nothing at this address</h2>
      <Link to="/" className="text-violet-700 underline dark:text-violet-300">
        Go to the start page
      </Link>
    </div>
  );
}
