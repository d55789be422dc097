import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_PATH } from '../client/files.ts';

/** What the shell is made of; source maps, precompressed copies and media are not. */
const SHELL_FILE = /\.(?:html|js|css|svg|png|woff2?|wasm|webmanifest)$/;

/** What Workbox hands a route's matcher, as far as this one reads it. */
export interface NavigationMatch {
  request: Pick<Request, 'mode'>;
  url: URL;
  sameOrigin: boolean;
}

/**
 * The navigations the offline shell may answer: the app's pages. Never the embeddable player
 * (other sites frame it, and its page is not the app's), nor a path the server owns (the
 * proxy, the simulator, oEmbed, sign-in, probes), nor a file. Workbox writes this function's
 * source into sw.js, so it names no import: server-routes.test.ts holds it to the real
 * prefixes (PROXY_PREFIX, SIMULATOR_PREFIX, EMBED_PREFIX, OEMBED_PATH, SIGNIN_PATH).
 */
export function isShellNavigation({ request, url, sameOrigin }: NavigationMatch): boolean {
  if (request.mode !== 'navigate' || !sameOrigin) return false;
  const path = url.pathname;
  if (/^\/(?:embed|proxy|sim|oembed|signin|healthz|robots\.txt)(?:\/|$)/.test(path)) {
    return false;
  }
  return !path.slice(path.lastIndexOf('/') + 1).includes('.');
}

/**
 * Writes sw.js beside the app's build: it precaches exactly the app's own files (this build's
 * output and public/, not the embeddable player's, built later into the same directory) and
 * answers nothing else from a cache. Pages still come from the network, so a deploy, the
 * session cookie and a private deployment's sign-in reach people as before; only when the
 * network fails does the precached index.html answer. Provider answers, the media relay and
 * anything with a key never pass through a cache. A new release waits until the page asks it
 * to take over (the "New version" notice), so nobody is switched mid-song.
 */
export function serviceWorkerBuild(): Plugin {
  let outDir = '';
  let publicDir = '';
  return {
    name: 'clip-viewer-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    async writeBundle(_options, bundle) {
      const publicFiles = publicDir
        ? readdirSync(publicDir, { recursive: true, encoding: 'utf8' })
        : [];
      const shell = [...Object.keys(bundle), ...publicFiles]
        .map((file) => file.split(path.sep).join('/'))
        .filter((file) => SHELL_FILE.test(file));
      const { count, size, warnings } = await generateSW({
        swDest: path.join(outDir, SERVICE_WORKER_PATH),
        globDirectory: outDir,
        // Exact names: each file of the shell, nothing else that happens to be there.
        globPatterns: [...new Set(shell)],
        // Their names carry their content's hash already.
        dontCacheBustURLsMatching: /^assets\//,
        // The lazy chunks too (the peaks worker's decoder is the largest), so every page opens.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Only the exact files: `/` is a page and must reach the server (see above).
        directoryIndex: null,
        ignoreURLParametersMatching: [],
        runtimeCaching: [
          {
            urlPattern: isShellNavigation,
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: '/index.html' } },
          },
        ],
        // The page's request starts while the worker boots, so being online costs no wait.
        navigationPreload: true,
        // One file, served like a page: nothing else to keep in step with it.
        inlineWorkboxRuntime: true,
        skipWaiting: false,
        // The first install takes the open page at once (nothing older serves it); later
        // releases only after the page's Reload, because they wait (above).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        sourcemap: false,
        mode: 'production',
      });
      for (const warning of warnings) this.warn(warning);
      this.info(`${SERVICE_WORKER_PATH}: ${count} files precached, ${Math.round(size / 1024)} KB`);
    },
  };
}
