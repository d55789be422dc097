import { lazy, type ReactNode } from 'react';
import { ROUTES } from '../domain/routes';
import { matchPath, useLocation } from '../lib/router';
import HomePage from '../pages/home-page';
import { NotFoundPage } from '../pages/not-found-page';

type Params = Record<string, string>;

/*
 * The lookup and clip pages load as their own chunks, so the start page's first paint carries
 * neither. A deep link starts fetching its page at once, in parallel with the shell.
 */
const loadLookupPage = () => import('../pages/lookup-page');
const loadClipPage = () => import('../pages/clip-page');
const LookupPage = lazy(loadLookupPage);
const ClipPage = lazy(loadClipPage);

/** Starts loading the page a deep link lands on, in parallel with the shell (main.tsx). */
export function preloadPageFor(pathname: string): void {
  if (matchPath(ROUTES.taskClip, pathname) || matchPath(ROUTES.clipsClip, pathname)) {
    void loadClipPage();
  } else if (matchPath(ROUTES.task, pathname) || matchPath(ROUTES.clips, pathname)) {
    void loadLookupPage();
  }
}

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
