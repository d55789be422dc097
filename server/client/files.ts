/**
 * Where the built client comes from: `dist/client` on disk (Node), the Workers assets binding,
 * or Vite itself in development. The server's routes only see this.
 */
export interface ClientFiles {
  /**
   * A built file by URL path ("/assets/index-1a2b.js"), or null when there is none. The
   * request, when given, chooses the encoding and may be answered 304.
   */
  file(path: string, request?: Request): Promise<Response | null>;
  /**
   * A page's HTML template, to be rendered for a request: the app's index.html, or embed.html
   * for the embeddable player. Null when there is no build.
   */
  template(request: Request, page: PageTemplate): Promise<string | null>;
}

/** The two HTML entries of the build. */
export type PageTemplate = 'app' | 'embed';

export const TEMPLATE_FILES: Readonly<Record<PageTemplate, string>> = {
  app: 'index.html',
  embed: 'embed.html',
};

/** Vite puts content-hashed bundles here: a new build gets new names, so they never change. */
export const HASHED_ASSETS_PREFIX = '/assets/';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (the favicon) may change with a deploy: cached briefly, then revalidated. */
const SHORT = 'public, max-age=3600';

/** The service worker (written by server/build/service-worker.ts), at the root for its scope. */
export const SERVICE_WORKER_PATH = '/sw.js';

export function cacheControlFor(path: string): string {
  // Checked at every update: an hour's cache would keep people on the old release that long.
  if (path === SERVICE_WORKER_PATH) return 'no-cache';
  return path.startsWith(HASHED_ASSETS_PREFIX) ? IMMUTABLE : SHORT;
}
