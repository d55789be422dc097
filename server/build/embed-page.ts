import { build, type InlineConfig, type Plugin } from 'vite';

/**
 * Builds the embeddable player (`embed.html`) on its own, after the app, into the same
 * directory. Built together they would share chunks, and the app's first load would pay for
 * the split; apart, each page loads only its own code. Sharing would save nothing anyway: a
 * player framed by another site is cached under that site, never with the app's files.
 */
export function embedPageBuild(config: () => InlineConfig): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'clip-viewer-embed-page',
    apply: 'build',
    configResolved(resolved) {
      root = resolved.root;
      outDir = resolved.build.outDir;
    },
    async closeBundle() {
      const own = config();
      await build({
        ...own,
        root,
        configFile: false,
        logLevel: 'warn',
        build: {
          ...own.build,
          outDir,
          emptyOutDir: false,
          rolldownOptions: { ...own.build?.rolldownOptions, input: 'embed.html' },
        },
      });
    },
  };
}
