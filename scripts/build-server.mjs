// Bundles the Node entry (server/node.ts) into dist/server/node.mjs: one file with Hono and
// the simulator inside, so `npm start` and the container need no node_modules at run time.
// `node scripts/build-server.mjs <dir>` writes <dir>/node.mjs instead (the benchmarks do).
import { build } from 'esbuild';

const outDir = process.argv[2] ?? 'dist/server';
await build({
  entryPoints: ['server/node.ts'],
  outfile: `${outDir}/node.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // The optional npm ffmpeg is looked up at run time; Debian's ffmpeg on PATH comes first.
  external: ['@ffmpeg-installer/ffmpeg'],
  logLevel: 'warning',
});
console.log(`Built ${outDir}/node.mjs`);
