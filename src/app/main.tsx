import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Player, PlayerProvider } from '../features/player';
import { migrateStoredSettings } from '../features/settings';
import { applyTheme } from '../features/theme';
import '../index.css';
import { App } from './app';
import { preloadPageFor } from './routes';

// Start-up work that writes storage, done here so that importing a module never does.
migrateStoredSettings();
applyTheme();
// A deep link's page downloads beside the shell rather than after it.
preloadPageFor(window.location.pathname);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// The page's one player and its media element, for every page the app shows.
const player = new Player();

// The installed app's offline shell and its update notice load once the page is idle, so the
// first paint carries none of it; the dev server has no service worker to register.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => {
      import('./service-worker')
        .then((m) => m.startServiceWorker(navigator.serviceWorker))
        // A chunk that cannot load (offline, an older release gone) only means no offline shell.
        .catch(() => undefined);
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // As a transition the first render is done in slices that give the main thread back between
  // them, so a phone stays responsive while the shell and the page render (the page is empty
  // until then either way).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <PlayerProvider player={player}>
            <App />
          </PlayerProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}
