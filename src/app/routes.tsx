import type { ReactNode } from 'react';
import { ROUTES } from '../domain/routes';
import { matchPath, useLocation } from '../lib/router';
import ClipPage from '../pages/clip-page';
import HomePage from '../pages/home-page';
import LookupPage from '../pages/lookup-page';
import { NotFoundPage } from '../pages/not-found-page';

type Params = Record<string, string>;

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
