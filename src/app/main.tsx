import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
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

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PlayerProvider player={player}>
          <App />
        </PlayerProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
