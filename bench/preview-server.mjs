// The built app on the production server (simulator included, test hooks on), for the benchmarks.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function buildApp(outDir) {
  // Built outside the repo so a concurrent build or e2e run never sees a half-written dist/.
  const client = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', `${outDir}/client`, '--emptyOutDir'],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (client.status !== 0) throw new Error('vite build failed');
  const packed = spawnSync('node', ['scripts/precompress.mjs', `${outDir}/client`], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (packed.status !== 0) throw new Error('precompress failed');
  const server = spawnSync('node', ['scripts/build-server.mjs', `${outDir}/server`], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (server.status !== 0) throw new Error('server build failed');
}

/** Starts the built server in its own process group; `stop()` ends it. */
export function startPreview(outDir, port) {
  const child = spawn('node', [`${outDir}/server/node.mjs`], {
    cwd: ROOT,
    env: {
      ...process.env,
      SIM_SPEED: '1',
      SIM_CONTROL: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { child, stop, hasExited: () => exited };
}

export async function waitForHttp(url, server, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server?.hasExited()) throw new Error(`the server exited (is its port taken?)`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
