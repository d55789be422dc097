import { lazy, type ReactNode } from 'react';
import { ROUTES } from '../domain/routes';
import { matchPath, useLocation } from '../lib/router';
import HomePage from '../pages/home-page';
import LookupPage from '../pages/lookup-page';
import { NotFoundPage } from '../pages/not-found-page';

type Params = Record<string, string>;

// A clip's own page is opened from a gallery more often than landed on: it loads when asked.
const ClipPage = lazy(() => import('../pages/clip-page'));

/** The route table, wired to pages: first match wins. Paths and their builders live in domain/. */
const TABLE: { path: string; page: (p: Params) => ReactNode }[] = [
  { path: ROUTES.home, page: () => <HomePage /> },
  {
    path: ROUTES.taskClip,
    page: (p) => <ClipPage mode="task" param={p.ids ?? ''} clipId={p.clipId ?? ''} />,
  },
  {
    path: ROUTES.clipsClip,
    page: (p) => <ClipPage mode="clips" param={p.ids ?? ''} clipId={p.clipId ?? ''} />,
  },
  {
    path: ROUTES.task,
    page: (p) => <LookupPage key={`task/${p.ids}`} mode="task" param={p.ids ?? ''} />,
  },
  {
    path: ROUTES.clips,
    page: (p) => <LookupPage key={`clips/${p.ids}`} mode="clips" param={p.ids ?? ''} />,
  },
];

export function AppRoutes() {
  const { pathname } = useLocation();
  for (const route of TABLE) {
    const params = matchPath(route.path, pathname);
    if (params) return route.page(params);
  }
  return <NotFoundPage />;
}
