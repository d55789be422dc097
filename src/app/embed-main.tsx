import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import EmbedPage from '../pages/embed-page';

/**
 * The embeddable player's own entry (embed.html): one page and its few modules, none of the
 * app's shell, gallery or query cache. It follows the visitor's colour scheme, since the site
 * around it does too.
 */
const light = window.matchMedia('(prefers-color-scheme: light)').matches;
document.documentElement.classList.toggle('dark', !light);
document.documentElement.classList.toggle('light', light);

const root = document.getElementById('embed');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedPage />
    </StrictMode>,
  );
}
