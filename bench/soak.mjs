// Soak benchmark: a task that never finishes, polled for a simulated hour, must leave the JS
// heap flat (within 10 MB between the end of warm-up and the end of the hour). The baseline is
// the same app idling on its start page for the same simulated hour.
//
//   npm run bench:soak
//
// The production build runs on its own server with the simulator (SIM_SPEED=1); Chromium
// is driven by playwright-core. The simulator keeps `fa175a11…` tasks queued forever, so the
// app keeps polling at its stalled pace (every 30 s once the job is 3 minutes old).
//
// Time: Playwright's fake clock (`page.clock`) stands in for the page's Date, setTimeout,
// setInterval and performance, so React Query's refetchInterval (a setInterval), its
// notifications (setTimeout 0), the request timeout in src/api/client.ts (setTimeout 15 s) and
// the job's age (Date.now) all run on simulated time. Network I/O cannot be faked, so the clock
// is paused after load and advanced in `runFor` steps (1 s during warm-up, while the app polls
// every 2–10 s; 5 s after, at its 30 s stalled pace); after each step the script waits in real
// time until every API request the page sent has finished. A step is at most a third of the
// 15 s request timeout, so a poll always gets its answer before its timeout can fire: the soak
// exercises the real "still queued" path, not a storm of simulated timeouts. (Advancing 30 s or
// more in one `runFor` would fire the timeout while the fetch is still on the wire.)
// focusManager and onlineManager need nothing: the headless page is visible and online.
import { buildApp, startPreview, waitForHttp } from './preview-server.mjs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4630;
const BASE = `http://127.0.0.1:${PORT}`;
const API_PATH = '/sim/sunoapi-co/';
const MB = 1024 * 1024;

const SIM_MINUTES = 60;
const WARMUP_MINUTES = 5;
/** Clock steps: 1 s while the app polls fast (first minutes), 5 s once it has slowed down. */
const WARMUP_STEP_MS = 1_000;
const STEP_MS = 5_000;
const TARGET_MB = 10;
/** The stalled pace is one poll per 30 s; fewer than this means the clock is not driving polls. */
const MIN_POLLS = 100;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...args) => console.error('[soak]', ...args);
const mb = (bytes) => bytes / MB;

// ---------------------------------------------------------------------------------------------
// Server

// ---------------------------------------------------------------------------------------------
// One scenario: a page on a fake clock, advanced for SIM_MINUTES

/** JS heap after forced garbage collection, in bytes (CDP, so the fake `performance` is moot). */
async function heapAfterGc(cdp) {
  let used = Infinity;
  // Several passes: finalizers and weak callbacks can free more on the next one.
  for (let i = 0; i < 4; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    used = Math.min(used, usage.usedSize);
  }
  return used;
}

async function domCounts(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return { nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

async function runScenario(browser, { name, url }) {
  // No service worker: the soak measures the page alone, not a precache beside it.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  let sent = 0;
  let finished = 0;
  let failed = 0;
  const statuses = new Map();
  const isApi = (request) => new URL(request.url()).pathname.startsWith(API_PATH);
  page.on('request', (request) => {
    if (isApi(request)) sent += 1;
  });
  page.on('requestfinished', (request) => {
    if (!isApi(request)) return;
    finished += 1;
    void request.response().then(
      (response) => {
        const status = response?.status() ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      },
      () => {},
    );
  });
  page.on('requestfailed', (request) => {
    if (!isApi(request)) return;
    failed += 1;
  });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  // Installed before navigation so the app's first timers are already fake.
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.goto(url, { waitUntil: 'load' });
  // Let the first render and first poll happen with time flowing, then freeze the clock.
  await sleep(500);
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(pageNow + 100);

  const settle = async () => {
    // Requests the step started may not have reached Node yet: give them a moment, then wait
    // for every API request sent so far to have finished (or failed).
    await sleep(10);
    const until = Date.now() + 10_000;
    while (finished + failed < sent && Date.now() < until) await sleep(5);
    if (finished + failed < sent) log(`${name}: a request is still open after 10 s`);
  };
  await settle();

  let simulatedMs = 0;
  const advanceTo = async (targetMs, stepMs) => {
    while (simulatedMs < targetMs) {
      const step = Math.min(stepMs, targetMs - simulatedMs);
      await page.clock.runFor(step);
      simulatedMs += step;
      await settle();
    }
  };

  const t0 = Date.now();
  await advanceTo(WARMUP_MINUTES * 60_000, WARMUP_STEP_MS);
  const warmHeap = await heapAfterGc(cdp);
  const warmDom = await domCounts(cdp);
  const warmRequests = sent;
  log(
    `${name}: warm-up done (${WARMUP_MINUTES} min, ${sent} requests, heap ${mb(warmHeap).toFixed(2)} MB)`,
  );

  for (let minute = WARMUP_MINUTES + 5; minute <= SIM_MINUTES; minute += 5) {
    await advanceTo(minute * 60_000, STEP_MS);
    if (minute % 15 === 0) log(`${name}: ${minute} simulated min, ${sent} requests`);
  }
  const endHeap = await heapAfterGc(cdp);
  const endDom = await domCounts(cdp);
  const realSeconds = (Date.now() - t0) / 1000;
  const appAge = (await page.evaluate(() => Date.now())) - pageNow;
  const stallText = await page
    .getByText(/Still queued after \d+ min/)
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);

  await context.close();
  return {
    name,
    url: url.replace(BASE, ''),
    simulatedMinutes: simulatedMs / 60_000,
    pageClockAdvancedMinutes: Math.round((appAge / 60_000) * 100) / 100,
    realSeconds: Math.round(realSeconds * 10) / 10,
    requests: sent,
    requestsAfterWarmup: sent - warmRequests,
    requestsFailed: failed,
    responseStatuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
    heapWarmupBytes: warmHeap,
    heapEndBytes: endHeap,
    heapDeltaBytes: endHeap - warmHeap,
    domWarmup: warmDom,
    domEnd: endDom,
    stallNotice: stallText?.trim() ?? null,
    pageErrors,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function table(rows) {
  const header = [
    'scenario',
    'simulated min',
    'requests sent',
    'heap at warm-up',
    'heap at end',
    'delta',
    'target',
    'met?',
  ];
  const body = rows.map((r) => [
    r.name,
    String(r.simulatedMinutes),
    String(r.requests),
    `${mb(r.heapWarmupBytes).toFixed(2)} MB`,
    `${mb(r.heapEndBytes).toFixed(2)} MB`,
    `${r.heapDeltaBytes >= 0 ? '+' : ''}${mb(r.heapDeltaBytes).toFixed(2)} MB`,
    `≤ ${TARGET_MB} MB`,
    r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const outDir = mkdtempSync(path.join(tmpdir(), 'clip-viewer-soak-'));
let server = null;
let browser = null;
let exitCode = 1;
try {
  log('building…');
  buildApp(outDir);
  server = startPreview(outDir, PORT);
  await waitForHttp(`${BASE}/`, server);

  browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const taskId = `fa175a11-${randomUUID().slice(9)}`;
  log(`stalled task ${taskId}`);

  const soak = await runScenario(browser, { name: 'stalled task', url: `${BASE}/task/${taskId}` });
  const idle = await runScenario(browser, { name: 'baseline: idle /', url: `${BASE}/` });

  const rows = [soak, idle].map((r) => ({
    ...r,
    met: Math.abs(r.heapDeltaBytes) <= TARGET_MB * MB,
  }));
  console.log(table(rows));

  const problems = [];
  if (soak.requests < MIN_POLLS) {
    problems.push(`only ${soak.requests} polls in ${SIM_MINUTES} simulated minutes`);
  }
  if (soak.requestsFailed > 0) problems.push(`${soak.requestsFailed} poll(s) failed`);
  if (idle.requests > 0) problems.push(`the idle page sent ${idle.requests} API request(s)`);
  for (const r of rows) {
    if (!r.met) problems.push(`${r.name}: heap grew by ${mb(r.heapDeltaBytes).toFixed(2)} MB`);
    for (const e of r.pageErrors) problems.push(`${r.name}: page error ${e}`);
  }
  console.log(
    `stalled task: ${soak.requestsAfterWarmup} polls after warm-up, responses ${JSON.stringify(
      soak.responseStatuses,
    )}, DOM nodes ${soak.domWarmup.nodes} → ${soak.domEnd.nodes}, listeners ${
      soak.domWarmup.listeners
    } → ${soak.domEnd.listeners}, notice: ${JSON.stringify(soak.stallNotice)}`,
  );
  for (const p of problems) console.log(`problem: ${p}`);

  const chromiumVersion = browser.version();
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(
    path.join(ROOT, 'bench', 'results', 'soak.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        simSpeed: 1,
        stepMs: { warmup: WARMUP_STEP_MS, after: STEP_MS },
        warmupMinutes: WARMUP_MINUTES,
        targetMb: TARGET_MB,
        scenarios: rows,
        problems,
      },
      null,
      2,
    )}\n`,
  );
  exitCode = problems.length === 0 ? 0 : 1;
} catch (e) {
  console.error(e);
} finally {
  await browser?.close().catch(() => {});
  server?.stop();
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(exitCode);
