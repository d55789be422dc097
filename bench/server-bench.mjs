// `npm run bench:server`: the production server under load on 127.0.0.1, beside a bare node
// server sending the same precompressed bytes in the same run; memory after floods of
// made-up IDs; and requests cut by a SIGTERM under load. Every loop is bounded.
// BENCH_REUSE=1 reuses the last build; BENCH_FLOOD=<n> changes the 100k first flood.
import { fork, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, request } from './load.mjs';
import { buildApp } from './preview-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(os.tmpdir(), 'clip-viewer-server-bench');
const PORT = Number(process.env.BENCH_PORT ?? 4611);
const FLOOD = Number(process.env.BENCH_FLOOD ?? 100_000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!process.env.BENCH_REUSE || !existsSync(`${OUT}/server/node.mjs`)) buildApp(OUT);

function largestAsset() {
  const dir = path.join(OUT, 'client', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && existsSync(`${dir}/${f}.br`));
  files.sort((a, b) => statSync(`${dir}/${b}`).size - statSync(`${dir}/${a}`).size);
  return { name: `/assets/${files[0]}`, file: path.join(dir, files[0]) };
}

async function waitFor(port) {
  for (let i = 0; i < 200; i++) {
    try {
      const agent = new http.Agent();
      if ((await request(agent, port, '/healthz')).status === 200) return;
    } catch {
      // not yet listening
    }
    await sleep(100);
  }
  throw new Error(`nothing answers on ${port}`);
}

async function startServer(port) {
  const child = spawn('node', [`${OUT}/server/node.mjs`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      // The Demo's per-client limit would turn a one-client flood into 429s: off, so the
      // flood reaches the stores it is meant to test.
      SIM_RATE_LIMIT: '0',
      SHUTDOWN_DRAIN_SECONDS: '2',
    },
    stdio: 'ignore',
  });
  await waitFor(port);
  return child;
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms` +
  (r.failed ? `  (${r.failed} failed)` : '');

const asset = largestAsset();
const BR = { 'Accept-Encoding': 'br, gzip' };
const DEMO = '5a1e0001-0000-4000-8000-000000000001';
const run = (port, path, headers = {}, count = 5000) =>
  load(port, { count, connections: 16, next: () => ({ path, headers }) });

console.log(`Server bench (node ${process.version}, ${os.cpus().length} cores)`);
const server = await startServer(PORT);
const bare = fork(path.join(ROOT, 'bench', 'bare-server.mjs'), [String(PORT + 1), asset.file], {
  stdio: 'ignore',
});
await new Promise((resolve) => bare.once('message', resolve));
const freshRss = rssMb(server.pid);

await run(PORT, asset.name, BR, 1000); // warm-up: files read, JIT settled
await run(PORT + 1, asset.name, BR, 1000);
const results = {
  '/': await run(PORT, '/', { Accept: 'text/html' }),
  'share page': await run(PORT, `/task/${DEMO}?p=demo&clip=${DEMO}`, { Accept: 'text/html' }),
  [`asset ${path.basename(asset.name)} (br)`]: await run(PORT, asset.name, BR, 20_000),
  '/healthz': await run(PORT, '/healthz'),
  'bare node, same bytes (baseline)': await run(PORT + 1, asset.name, BR, 20_000),
};
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(44)} ${fmt(r)}`);
const assetRps = Object.values(results)[2].rps;
const bareRps = results['bare node, same bytes (baseline)'].rps;
console.log(`asset / bare: ×${(assetRps / bareRps).toFixed(2)} (target ≥ 0.8)`);
bare.kill();

// Floods of made-up IDs, every kind the audit used; one client, keep-alive.
function floodCall(i) {
  const id = randomUUID();
  switch (i % 8) {
    case 0:
      return {
        path: '/sim/sunoapi-co/suno/v3.5/music/query',
        method: 'POST',
        headers: { Authorization: 'k', 'Content-Type': 'application/json' },
        body: JSON.stringify({ task_id: id }),
      };
    case 1:
      return {
        path: `/sim/sunoapi-com/api/v2/suno/v3.5/clips?ids=${id}`,
        headers: { Authorization: 'Bearer k' },
      };
    case 2:
      return { path: `/task/${id}?p=demo&clip=${randomUUID()}`, headers: { Accept: 'text/html' } };
    case 3:
      return { path: `/sim/media/avatar_${id.slice(0, 12)}.jpeg` };
    case 4:
      return { path: `/sim/stream?item_id=${id}` };
    case 5:
      return {
        path: `/oembed?url=${encodeURIComponent(`http://127.0.0.1:${PORT}/clips/${id}?p=demo&clip=${id}`)}`,
      };
    case 6:
      return { path: `/assets/${id}.js` };
    default:
      return {
        path: `/proxy/sunoapi-com/api/v2/suno/v3.5/clips?ids=${id}`,
        headers: { 'Sec-Fetch-Site': 'same-origin' },
      };
  }
}
const flood = (count, offset) =>
  load(PORT, { count, connections: 16, next: (i) => floodCall(i + offset) });
console.log(`RSS fresh (after the throughput runs' warm-up): ${freshRss.toFixed(1)} MB`);
const first = await flood(FLOOD, 0);
const rss1 = rssMb(server.pid);
console.log(
  `RSS after ${FLOOD} flood requests: ${rss1.toFixed(1)} MB (${fmt(first)}) ${JSON.stringify(first.statuses)}`,
);
const second = await flood(FLOOD * 2, FLOOD);
const rss3 = rssMb(server.pid);
console.log(`RSS after ${FLOOD * 3} flood requests: ${rss3.toFixed(1)} MB (${fmt(second)})`);
console.log(
  `RSS growth from ${FLOOD} to ${FLOOD * 3}: ${(rss3 - rss1).toFixed(1)} MB (target ±10)`,
);
server.kill();

// SIGTERM under load: keep-alive clients keep asking until the port closes.
const victim = await startServer(PORT + 2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
let done = 0;
let closed = 0;
let refused = 0;
let cut = 0;
let cutFresh = 0;
let healthz503 = 0;
let stop = false;
const deadline = Date.now() + 20_000;
async function client(n) {
  while (!stop && Date.now() < deadline) {
    const target = n % 4 === 0 ? '/healthz' : asset.name;
    try {
      const res = await request(agent, PORT + 2, target, BR);
      done += 1;
      if (res.close === 'close') closed += 1;
      if (target === '/healthz' && res.status === 503) healthz503 += 1;
    } catch (error) {
      // Refused: a new connection after the port closed, never a request that was cut.
      if (error.code === 'ECONNREFUSED') refused += 1;
      // On a connection just opened: a reset from the listen queue as the port closed; the
      // server never read that request. On a kept-alive one: a request the server cut.
      else if (!error.reusedSocket) cutFresh += 1;
      else cut += 1;
      if (refused > 0) await sleep(20);
    }
  }
}
const exited = new Promise((resolve) => victim.once('exit', resolve));
const clients = Promise.all(Array.from({ length: 32 }, (_, n) => client(n)));
await sleep(1500);
victim.kill('SIGTERM');
await exited;
await sleep(300);
stop = true;
await clients;
agent.destroy();
console.log(
  `SIGTERM under load: ${done} answered (${closed} with Connection: close, /healthz 503 ×${healthz503}), ` +
    `${refused} refused after the port closed, ${cutFresh} reset on connections opened as ` +
    `the port closed, ${cut} cut on kept-alive connections (target 0)`,
);
