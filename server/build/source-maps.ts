import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

function mapsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.map'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Moves the build's source maps out of the served directory into `target`, keeping their
 * relative paths, so error reports can use them and the public never gets them.
 */
export function sourceMapsAside(target: string): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'clip-viewer-source-maps-aside',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(root, config.build.outDir);
    },
    closeBundle() {
      const destination = path.resolve(root, target);
      for (const file of mapsUnder(outDir)) {
        const moved = path.join(destination, path.relative(outDir, file));
        mkdirSync(path.dirname(moved), { recursive: true });
        renameSync(file, moved);
      }
    },
  };
}
