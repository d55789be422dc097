import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * History routing in a few lines: the app has a handful of routes, and a router library costs
 * more of the initial bundle budget than it saves. The routes themselves are one table in
 * `domain/routes`; this only follows the address and matches patterns such as `/task/:ids`.
 */
const NAVIGATE_EVENT = 'clip-viewer:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const readHref = () => window.location.pathname + window.location.search;

export interface RouteLocation {
  pathname: string;
  /** With its leading "?", or "". */
  search: string;
}

export function useLocation(): RouteLocation {
  const href = useSyncExternalStore(subscribe, readHref, () => '/');
  const url = new URL(href, 'http://local');
  return { pathname: url.pathname, search: url.search };
}

export interface NavigateOptions {
  /** Change the current history entry instead of adding one. */
  replace?: boolean;
  /**
   * Stay where the page is scrolled: the address changes but the page does not (a filter of
   * the gallery being read), so jumping to the top would lose the reader's place.
   */
  keepScroll?: boolean;
}

/** Follows a link within the app; a new page starts at the top, as it would on a real load. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === readHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.keepScroll) window.scrollTo({ top: 0 });
}

/** The params of `pattern` (`/task/:ids`) in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}/?$`).exec(pathname);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
}

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** A real link (open in new tab works) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handle} {...rest} />;
}
