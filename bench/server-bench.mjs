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
import { combine, load, request } from './load.mjs';
import { buildApp } from './preview-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(os.tmpdir(), 'clip-viewer-server-bench');
const PORT = Number(process.env.BENCH_PORT ?? 4611);
const FLOOD = Number(process.env.BENCH_FLOOD ?? 100_000);
const ROUNDS = 4;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The simulator forgets a made-up ID nobody came back for after a minute (its probation),
// swept every ten seconds: this long after a flood, nothing of it should be left.
const AFTER_FLOOD_MS = 75_000;

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

// Node's flags as `npm start` gives them (the young generation's size), so the bench runs the
// server as it is deployed.
const START_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word) => word.startsWith('--'));

async function startServer(port) {
  const child = spawn('node', [...START_FLAGS, `${OUT}/server/node.mjs`], {
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

/** CPU seconds a process has used, user and system (the kernel's side of its sockets too). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, in clock ticks: 100 a second on Linux (`getconf CLK_TCK`).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms` +
  (r.cpu === undefined ? '' : `  server CPU ${((r.cpu * 1e6) / count(r)).toFixed(0)} µs/req`) +
  (r.failed ? `  (${r.failed} failed)` : '');
const count = (r) => r.runs.reduce((sum, run) => sum + run.count, 0);

const asset = largestAsset();
const BR = { 'Accept-Encoding': 'br, gzip' };
const DEMO = '5a1e0001-0000-4000-8000-000000000001';
/** `count` requests for one path; with `pid`, the server's CPU time per request too. */
async function run(port, path, headers = {}, count = 5000, pid = undefined) {
  const before = pid && cpuSeconds(pid);
  const result = await load(port, { count, connections: 16, next: () => ({ path, headers }) });
  if (pid) result.cpu = cpuSeconds(pid) - before;
  return result;
}

/** Runs taken as one, their server CPU time summed. */
function together(results) {
  return { ...combine(results), cpu: results.reduce((sum, r) => sum + (r.cpu ?? 0), 0) };
}

console.log(
  `Server bench (node ${process.version} ${START_FLAGS.join(' ')}, ${os.cpus().length} cores)`,
);
const server = await startServer(PORT);
const freshRss = rssMb(server.pid);
await run(PORT, asset.name, BR, 1000); // warm-up: files read, JIT settled

/** The headers of the app's answer for the asset, but those node:http adds by itself. */
function appHeaders() {
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port: PORT, path: asset.name, headers: BR, agent: false },
        (res) => {
          res.resume();
          const own = ['date', 'connection', 'keep-alive'];
          resolve(
            Object.fromEntries(Object.entries(res.headers).filter(([k]) => !own.includes(k))),
          );
        },
      )
      .on('error', reject);
  });
}

async function startBare(port, headers) {
  const args = [String(port), asset.file, ...(headers ? [JSON.stringify(headers)] : [])];
  const child = fork(path.join(ROOT, 'bench', 'bare-server.mjs'), args, { stdio: 'ignore' });
  await new Promise((resolve) => child.once('message', resolve));
  await run(port, asset.name, BR, 1000);
  return child;
}
// Two baselines: five headers, as a bare file server sends; and the app's very headers (its
// security headers among them), so the difference left is the server's own work.
const bare = await startBare(PORT + 1);
const bareSame = await startBare(PORT + 3, await appHeaders());
const results = {
  '/': await run(PORT, '/', { Accept: 'text/html' }, 5000, server.pid),
  'share page': await run(
    PORT,
    `/task/${DEMO}?p=demo&clip=${DEMO}`,
    { Accept: 'text/html' },
    5000,
    server.pid,
  ),
  '/healthz': await run(PORT, '/healthz', {}, 5000, server.pid),
};
// The asset and the baselines take turns, so other work on the machine weighs on all alike.
const rounds = { asset: [], bare: [], same: [] };
for (let round = 0; round < ROUNDS; round++) {
  rounds.asset.push(await run(PORT, asset.name, BR, 20_000 / ROUNDS, server.pid));
  rounds.bare.push(await run(PORT + 1, asset.name, BR, 20_000 / ROUNDS, bare.pid));
  rounds.same.push(await run(PORT + 3, asset.name, BR, 20_000 / ROUNDS, bareSame.pid));
}
const assetResult = together(rounds.asset);
results[`asset ${path.basename(asset.name)} (br)`] = assetResult;
results['bare node, same bytes (baseline)'] = together(rounds.bare);
results['bare node, same bytes and headers'] = together(rounds.same);
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(44)} ${fmt(r)}`);
for (const name of ['bare node, same bytes (baseline)', 'bare node, same bytes and headers']) {
  const baseline = results[name];
  console.log(
    `asset / ${name}: ×${(assetResult.rps / baseline.rps).toFixed(2)} req/s (target ≥ 0.8), ` +
      `×${(baseline.cpu / assetResult.cpu).toFixed(2)} its server CPU per request`,
  );
}
console.log(
  `(${ROUNDS} alternating rounds; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
);
bare.kill();
bareSame.kill();

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
console.log(`RSS fresh (just started, before any request): ${freshRss.toFixed(1)} MB`);
// A warmed server is the fair baseline: code compiled for every kind of request, not stores.
await flood(2000, 0);
await sleep(AFTER_FLOOD_MS);
const warmRss = rssMb(server.pid);
console.log(
  `RSS warmed (2000 mixed requests, then ${AFTER_FLOOD_MS / 1000} s): ${warmRss.toFixed(1)} MB`,
);
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
await sleep(AFTER_FLOOD_MS);
const settled = rssMb(server.pid);
console.log(
  `RSS ${AFTER_FLOOD_MS / 1000} s after the flood stopped: ${settled.toFixed(1)} MB, ` +
    `${(settled - warmRss).toFixed(1)} MB from the warmed server (target: a few MB)`,
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
