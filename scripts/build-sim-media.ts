// Renders the Demo's media into the client build (dist/client/sim-media), for Workers and for
// containers without ffmpeg; runs after `vite build`, which empties dist/client.
// `tsx scripts/build-sim-media.ts [clientDir]` (default dist/client).
import path from 'node:path';
import { prebuildSimMedia } from '../sim/prebuild.ts';
import { defaultMediaDir } from '../sim/server.ts';

const clientDir = path.resolve(process.argv[2] ?? 'dist/client');
const started = performance.now();
const result = await prebuildSimMedia(clientDir, defaultMediaDir());
if (result.made) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Demo media: ${result.files} files, ${mb} MB in ${path.relative(process.cwd(), result.dir)} (${seconds} s)`,
  );
} else {
  console.log(
    `Demo media not prebuilt (${result.reason}): its media answers 404 on Workers and on hosts without ffmpeg`,
  );
}
