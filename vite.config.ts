import type { BuildEnvironmentOptions } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { serverPlugin } from './server/dev-plugin.ts';
import { embedPageBuild } from './server/build/embed-page.ts';
import { edgeFilesBuild } from './server/build/edge-files.ts';
import { serviceWorkerBuild } from './server/build/service-worker.ts';
import { sourceMapsAside } from './server/build/source-maps.ts';

/** What both pages (the app and the embeddable player) are built with. */
const pagePlugins = () => [react(), tailwindcss(), sourceMapsAside('dist/sourcemaps')];
const pageBuild: BuildEnvironmentOptions = {
  target: 'es2022',
  // Built for error reporting, referenced by no bundle, and moved out of dist/client.
  sourcemap: 'hidden',
  chunkSizeWarningLimit: 400,
  rolldownOptions: {
    // How long each plugin took is noise on a busy machine; `node --cpu-prof` when it matters.
    checks: { bundlerTimings: false },
    onwarn(warning, warn) {
      // Tailwind rewrites the stylesheet without a map; the maps kept are the scripts'.
      if (warning.code === 'SOURCEMAP_BROKEN' && warning.plugin?.startsWith('@tailwindcss/')) {
        return;
      }
      warn(warning);
    },
  },
};

export default defineConfig({
  plugins: [
    ...pagePlugins(),
    serverPlugin(),
    // sw.js: the installed app's offline shell, from the app's files only.
    serviceWorkerBuild(),
    // _headers and .assetsignore: how Workers serves the files it answers without the app.
    edgeFilesBuild(),
    // embed.html: its own build, so the app's first load carries none of it.
    embedPageBuild(() => ({ plugins: pagePlugins(), build: pageBuild })),
  ],
  // The simulator sets its own CORS headers; Vite's would hide a CDN that refuses them.
  server: { port: 5173, strictPort: false, cors: false },
  build: {
    ...pageBuild,
    // dist/server (the Node entry) sits beside it, never inside what is served.
    outDir: 'dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      ...pageBuild.rolldownOptions,
      output: {
        // React travels as one file, which changes least between releases and so stays
        // cached; left to itself the splitter cuts it into slivers that compress worse.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['sim/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
