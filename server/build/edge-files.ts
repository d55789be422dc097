import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { HASHED_ASSETS_PREFIX, IMMUTABLE } from '../client/files.ts';
import { securityHeaderEntries } from '../security-headers.ts';

/**
 * The paths Workers serves from the assets without running the Worker (`run_worker_first`'s
 * negative patterns in wrangler.jsonc), each with the Cache-Control the app would give it.
 * Not the Demo's prebuilt media (`/sim-media/`): it is served as `/sim/media/<clip file>`,
 * with the Demo's rate limit and refusals, and nothing links to the files themselves.
 */
export const PLATFORM_SERVED: readonly { pattern: string; cacheControl: string }[] = [
  { pattern: `${HASHED_ASSETS_PREFIX}*`, cacheControl: IMMUTABLE },
];

/**
 * Workers' `_headers` file: the platform's answers for those paths get the headers the app
 * gives them (security headers of the production https origin, and the cache lifetime), so
 * an answer reads the same whoever made it.
 */
export function headersFile(): string {
  return PLATFORM_SERVED.map(({ pattern, cacheControl }) => {
    const sample = pattern.replace('*', 'file');
    const entries = [
      ['Cache-Control', cacheControl],
      ...securityHeaderEntries(sample, 'production', true),
    ];
    return [pattern, ...entries.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  })
    .join('\n')
    .concat('\n');
}

/**
 * Workers' `.assetsignore`: source maps are never public (they are moved out of the build
 * already; this keeps a stray one from being uploaded), and the precompressed copies are
 * for Node, as Cloudflare compresses on its own.
 */
export const ASSETS_IGNORE = ['*.map', '*.br', '*.gz'].join('\n').concat('\n');

/** Writes `_headers` and `.assetsignore` into the client build, for Workers. */
export function edgeFilesBuild(): Plugin {
  let outDir = '';
  return {
    name: 'clip-viewer-edge-files',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      writeFileSync(path.join(outDir, '_headers'), headersFile());
      writeFileSync(path.join(outDir, '.assetsignore'), ASSETS_IGNORE);
    },
  };
}
