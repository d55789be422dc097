/* global window, document */
// Player benchmarks: this app (production build on its own server, simulator at /sim)
// against a plain wavesurfer.js page loading the same MP3 URLs, in Chromium driven by
// playwright-core. Prints one table and writes bench/results/latest.json.
//
//   npm run bench
//
// Sections (1) and (8) also run in Firefox where puppeteer-core and Firefox are found
// (firefox-bench.mjs), in their own column.
//
// Sections: (1) click → `playing` for a 3-minute clip at 20 and 5 Mbit/s; (2) audio bytes
// fetched while scrolling past 100 complete clips; (3) browser memory with 100 clips;
// (4) cached waveform on a second visit; (5) mounted cards and first render for 500 clips;
// (6) an uncached clip's waveform while it plays; (7) a streaming clip's waveform; (8) audio
// bytes per played clip; (9) the decoder's memory for a 4-minute clip; (10) seeking ahead;
// (11) what following the lyrics costs while a 4-minute clip plays; (12) "Download all": memory
// and first bytes of a ZIP of 20 three-minute clips, and its libraries loading on the click.
//
// BENCH_PORT=4610 (default) serves the app there, the plain page on the next port and the
// relay that Firefox goes through on the one after.
import { buildApp, startPreview, waitForHttp } from './preview-server.mjs';
import {
  bytesPerPlayedClip,
  decoderMemory,
  seekAheadApp,
  seekAheadPlain,
  streamingWaveform,
  uncachedWaveformApp,
  uncachedWaveformBefore,
  workerAsset,
} from './waveform-bench.mjs';
import {
  bytesPerPlayedClipFirefox,
  clickToPlayingFirefox,
  openFirefox,
  startRelay,
} from './firefox-bench.mjs';
import { followLyrics } from './lyrics-bench.mjs';
import { zipOnce, zipRows } from './zip-bench.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';
import {
  fmtDeltaMB,
  fmtMB,
  fmtMs,
  freshPage,
  jsHeap,
  launch,
  MB,
  median,
  RENDER_PROBE,
  scrollThrough,
  sleep,
  trackMp3,
  treeMemory,
  yesNo,
} from './bench-browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP_PORT = Number(process.env.BENCH_PORT || 4610);
const PLAIN_PORT = APP_PORT + 1;
const RELAY_PORT = APP_PORT + 2;
const APP = `http://127.0.0.1:${APP_PORT}`;
const PLAIN = `http://127.0.0.1:${PLAIN_PORT}`;
const RUNS = 3;
/** BENCH_ONLY=1,3 runs only those sections (numbered as in the header comment). */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(/[ ,]+/).filter(Boolean));

const TASK = (prefix) => `${prefix}-0000-4000-8000-000000000001`;
const TASK_100 = TASK('b16c0100');
const TASK_500 = TASK('b16c0500');
const TASK_24 = TASK('b16c0024');
const TASK_DONE = TASK('c0c00000');

const NETWORKS = {
  '20 Mbit/s + 40 ms': { mbit: 20, latency: 40 },
  '5 Mbit/s + 80 ms': { mbit: 5, latency: 80 },
};

const log = (...args) => console.error('[bench]', ...args);

// ---------------------------------------------------------------------------------------
// Servers

const WAVESURFER_FILE = path.join(ROOT, 'node_modules/wavesurfer.js/dist/wavesurfer.esm.js');

/** The baseline: wavesurfer.js as its README shows it, one instance per URL. */
function plainPage(urls, withButton) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plain wavesurfer.js</title>
<style>body{font-family:sans-serif;margin:16px} .w{margin:8px 0;border:1px solid #ccc}</style>
</head><body>
${withButton ? '<button type="button" id="play">Play</button>' : ''}
<div id="players"></div>
<script type="module">
import WaveSurfer from '/wavesurfer.esm.js';
const urls = ${JSON.stringify(urls)};
window.__bench = { ready: 0, errors: 0 };
window.players = urls.map((url) => {
  const container = document.createElement('div');
  container.className = 'w';
  document.getElementById('players').append(container);
  const ws = WaveSurfer.create({ container, url, waveColor: '#a78bfa', progressColor: '#6d28d9' });
  ws.on('ready', () => { window.__bench.ready += 1; });
  ws.on('error', () => { window.__bench.errors += 1; });
  ws.getMediaElement().addEventListener('playing', () => {
    window.__bench.playing ??= performance.now();
  });
  return ws;
});
document.getElementById('play')?.addEventListener('click', () => {
  window.__bench.click ??= performance.now();
  void window.players[0].play();
});
</script></body></html>`;
}

function startPlainServer() {
  const js = readFileSync(WAVESURFER_FILE);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', PLAIN);
    if (url.pathname === '/wavesurfer.esm.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(js);
      return;
    }
    let html;
    if (url.pathname === '/one') html = plainPage([url.searchParams.get('url')], true);
    else if (url.pathname === '/many') html = plainPage(url.searchParams.getAll('url'), false);
    else if (url.pathname === '/empty')
      html = '<!doctype html><html lang="en"><title>empty</title><body></body></html>';
    if (!html) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PLAIN_PORT, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------
// Simulator helpers

async function queryTask(taskId) {
  const res = await fetch(`${APP}/sim/sunoapi-co/suno/v3.5/music/query`, {
    method: 'POST',
    headers: { Authorization: 'demo', 'content-type': 'application/json' },
    body: JSON.stringify({ task_id: taskId }),
  });
  if (!res.ok) throw new Error(`task query ${taskId}: ${res.status}`);
  const body = await res.json();
  return body.clips;
}

/** Every media variant generated once, so no measurement includes ffmpeg time. */
async function warmMedia(clips) {
  const byDuration = new Map();
  for (const c of clips)
    if (!byDuration.has(c.metadata.duration)) byDuration.set(c.metadata.duration, c);
  const reps = [...byDuration.values()];
  for (const c of reps) {
    for (const u of [c.audio_url, c.image_url, c.image_large_url, c.video_url]) {
      if (!u) continue;
      const r = await fetch(u);
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`warm-up ${u}: ${r.status}`);
    }
  }
  return reps.length;
}

async function contentLength(url) {
  const r = await fetch(url, { method: 'HEAD' });
  return Number(r.headers.get('content-length') ?? NaN);
}

// ---------------------------------------------------------------------------------------
// 1. Click → playing

async function clickToPlayingApp(browser, net, clipId) {
  const { context, page } = await freshPage(browser, net);
  try {
    await page.goto(`${APP}/clips/${clipId}`);
    const play = page.getByRole('button', { name: 'Play', exact: true }).first();
    await play.waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      window.__bench = {};
      document.addEventListener('click', () => (window.__bench.click ??= performance.now()), true);
      document.addEventListener(
        'playing',
        (e) => {
          if (e.target?.dataset?.role === 'clip-player')
            window.__bench.playing ??= performance.now();
        },
        true,
      );
    });
    await play.click();
    await page.waitForFunction(() => window.__bench.playing !== undefined, null, {
      timeout: 60_000,
    });
    const b = await page.evaluate(() => window.__bench);
    return b.playing - b.click;
  } finally {
    await context.close();
  }
}

async function clickToPlayingPlain(browser, net, mp3Url) {
  const { context, page } = await freshPage(browser, net);
  try {
    // 'load': the module script has run, wavesurfer has started fetching; no wait for 'ready'.
    await page.goto(`${PLAIN}/one?url=${encodeURIComponent(mp3Url)}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => window.__bench.playing !== undefined, null, {
      timeout: 60_000,
    });
    const b = await page.evaluate(() => window.__bench);
    return b.playing - b.click;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// 2. Bytes while scrolling past 100 clips

async function scrollBytes(browser, pauseMs) {
  const { context, page, cdp } = await freshPage(browser, null);
  try {
    const stats = trackMp3(cdp, page);
    const t0 = Date.now();
    await page.goto(`${APP}/task/${TASK_100}`, { waitUntil: 'commit' });
    const { steps, maxGapMs } = await scrollThrough(page, pauseMs);
    const scrollEndMs = Date.now() - t0;
    await sleep(3000);
    const drawn = await page.evaluate(
      () =>
        [...document.querySelectorAll('article [role=slider]')].filter(
          (s) => s.querySelectorAll('rect').length > 20,
        ).length,
    );
    return { ...stats(), steps, maxGapMs, drawnAtEnd: drawn, scrollEndMs };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// 3. Memory

/** `block`: requests refused in a diagnostic run (covers, audio), to see what the rest costs. */
async function memoryApp(executablePath, block = null) {
  const { browser, roots } = await launch(executablePath);
  try {
    const { page, cdp } = await freshPage(browser, null);
    if (block) await page.route(block, (route) => route.abort());
    await page.goto(`${APP}/`);
    await sleep(1500);
    const emptyHeap = await jsHeap(cdp);
    await sleep(500);
    const empty = treeMemory(roots);
    await page.goto(`${APP}/task/${TASK_100}`, { waitUntil: 'commit' });
    await scrollThrough(page, 120);
    await sleep(3000);
    const fullHeap = await jsHeap(cdp);
    await sleep(500);
    const full = treeMemory(roots);
    return { empty: { ...empty, heap: emptyHeap }, full: { ...full, heap: fullHeap } };
  } finally {
    await browser.close();
  }
}

async function memoryPlain(executablePath, urls) {
  const { browser, roots } = await launch(executablePath);
  try {
    const { page, cdp } = await freshPage(browser, null);
    await page.goto(`${PLAIN}/empty`);
    await sleep(1500);
    const emptyHeap = await jsHeap(cdp);
    await sleep(500);
    const empty = treeMemory(roots);
    const qs = urls.map((u) => `url=${encodeURIComponent(u)}`).join('&');
    await page.goto(`${PLAIN}/many?${qs}`);
    await page.waitForFunction(
      (n) => window.__bench.ready + window.__bench.errors >= n,
      urls.length,
      { timeout: 120_000 },
    );
    const errors = await page.evaluate(() => window.__bench.errors);
    await sleep(1000);
    const fullHeap = await jsHeap(cdp);
    await sleep(500);
    const full = treeMemory(roots);
    return { empty: { ...empty, heap: emptyHeap }, full: { ...full, heap: fullHeap }, errors };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------
// 4. Cached waveform on a second visit

async function cachedWaveform(browser) {
  const { context, page } = await freshPage(browser, null);
  try {
    await page.addInitScript(RENDER_PROBE);
    await page.goto(`${APP}/task/${TASK_DONE}`);
    const slider = page.locator('article [role=slider]').first();
    await slider.waitFor({ timeout: 30_000 });
    await slider.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.__probe.wave !== null, null, { timeout: 60_000 });
    const first = await page.evaluate(() => window.__probe);
    const again = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.reload();
      await page.waitForFunction(() => window.__probe.wave !== null, null, { timeout: 30_000 });
      again.push(await page.evaluate(() => window.__probe));
    }
    return { first, again };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// 5. Mounted cards for big galleries

async function mounted(browser, taskId) {
  const { context, page, cdp } = await freshPage(browser, null);
  try {
    await page.addInitScript(RENDER_PROBE);
    await page.goto(`${APP}/task/${taskId}`);
    await page.locator('article').first().waitFor({ timeout: 30_000 });
    await sleep(1500);
    const firstArticle = await page.evaluate(() => window.__probe.article);
    const atTop = await page.locator('article').count();
    const heap = await jsHeap(cdp);
    for (let i = 0; i < 30; i += 1) {
      const done = await page.evaluate(() => {
        const el = document.scrollingElement ?? document.documentElement;
        window.scrollTo(0, el.scrollHeight);
        return window.scrollY + window.innerHeight >= el.scrollHeight - 2;
      });
      await sleep(200);
      if (done && i > 2) break;
    }
    await sleep(800);
    const atBottom = await page.locator('article').count();
    return { firstArticle, atTop, atBottom, heap };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Report

function printTable(rows) {
  const head = ['metric', 'condition', 'this app', 'Firefox', 'plain wavesurfer', 'target', 'met?'];
  const cells = rows.map((r) => [
    r.metric,
    r.condition,
    r.app,
    r.firefox ?? '—',
    r.plain,
    r.target,
    r.met,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

// ---------------------------------------------------------------------------------------

async function portInUse(port) {
  return fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  for (const port of [APP_PORT, PLAIN_PORT, RELAY_PORT]) {
    if (await portInUse(port)) {
      console.error(`Port ${port} is already in use; stop whatever listens there and retry.`);
      process.exit(1);
    }
  }
  const started = Date.now();
  const outDir = mkdtempSync(path.join(tmpdir(), 'clip-viewer-bench-'));
  let preview = null;
  let plainServer = null;
  let relay = null;
  let firefox = null;
  const cleanup = () => {
    preview?.stop();
    plainServer?.close();
    relay?.close();
    void firefox?.browser?.close().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
  };
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const rows = [];
  const notes = [];
  const failures = [];
  const results = {
    startedAt: new Date(started).toISOString(),
    chromium: executablePath,
    loadAverageAtStart: loadavg(),
  };
  /** One section failing leaves a FAILED row and lets the others run. */
  const section = async (n, name, fn) => {
    if (ONLY.size > 0 && !ONLY.has(String(n))) return;
    log(name);
    try {
      await fn();
    } catch (e) {
      const message = String(e?.message ?? e).split('\n')[0];
      log(`${name} failed: ${message}`);
      failures.push({ section: name, error: String(e?.stack ?? e) });
      rows.push({
        metric: name,
        condition: '—',
        app: 'FAILED',
        plain: '—',
        target: '—',
        met: 'FAILED',
      });
      notes.push(`${name} failed: ${message}`);
    }
  };

  try {
    log('building the app');
    buildApp(outDir);
    preview = startPreview(outDir, APP_PORT);
    let previewExit = null;
    preview.child.once('exit', (code) => (previewExit = code));
    plainServer = await startPlainServer();
    await waitForHttp(`${APP}/`, preview);
    if (previewExit !== null) throw new Error(`the app server exited with ${previewExit}`);
    await fetch(`${APP}/sim/control/reset`, { method: 'POST' }).catch(() => undefined);

    const clips100 = await queryTask(TASK_100);
    const indexOf = new Map(clips100.map((c, i) => [c.audio_url, i + 1]));
    log('warming the simulator media cache');
    const variants = await warmMedia(clips100);
    const clip180 = clips100.find((c) => c.metadata.duration === 180);
    if (!clip180) throw new Error('no 180 s clip in the 100-clip task');
    const size180 = await contentLength(clip180.audio_url);
    results.clip180 = { id: clip180.id, url: clip180.audio_url, bytes: size180 };
    log(`warmed ${variants} variants; 3-minute clip ${clip180.id} (${size180} bytes)`);

    if (ONLY.size === 0 || ONLY.has('1') || ONLY.has('8')) {
      firefox = await openFirefox().catch((e) => ({ reason: String(e?.message ?? e) }));
      if (firefox.browser) relay = await startRelay(RELAY_PORT, APP_PORT);
      results.firefox = firefox.version ?? `not measured: ${firefox.reason}`;
      log(`Firefox: ${results.firefox}`);
    }
    /** Firefox's cell where it was not measured. */
    const noFirefox = () => `n/a (${firefox?.reason ?? 'not run'})`;

    const { browser } = await launch(executablePath);
    try {
      // 1. click → playing -------------------------------------------------------------
      results.clickToPlaying = {};
      for (const [label, net] of Object.entries(NETWORKS)) {
        await section(1, `click → playing, 3-min clip, ${label}`, async () => {
          const app = [];
          const plain = [];
          const inFx = [];
          for (let i = 0; i < RUNS; i += 1) {
            app.push(await clickToPlayingApp(browser, net, clip180.id));
            plain.push(await clickToPlayingPlain(browser, net, clip180.audio_url));
            if (firefox?.browser)
              inFx.push(await clickToPlayingFirefox(firefox.browser, relay, net, clip180.id));
            log(
              `  run ${i + 1}: app ${fmtMs(app[i])}, plain ${fmtMs(plain[i])}, Firefox ${fmtMs(inFx[i])}`,
            );
          }
          const a = median(app);
          const p = median(plain);
          const f = median(inFx);
          results.clickToPlaying[label] = {
            app,
            plain,
            firefox: inFx,
            appMedian: a,
            plainMedian: p,
            firefoxMedian: f,
          };
          const ratio = p / a;
          const fastNet = net.mbit === 20;
          rows.push({
            metric: `click → playing, 3-min clip (median of ${RUNS})`,
            condition: label,
            app: fmtMs(a),
            firefox: firefox?.browser ? fmtMs(f) : noFirefox(),
            plain: fmtMs(p),
            target: fastNet ? '≤ 300 ms' : '≥ 5× faster than plain',
            met: fastNet ? yesNo(a <= 300) : `${yesNo(ratio >= 5)} (${ratio.toFixed(1)}×)`,
          });
        });
      }
      const runs = Object.entries(results.clickToPlaying ?? {})
        .map(
          ([k, v]) =>
            `${k}: app ${v.app.map(Math.round).join('/')} ms, plain ${v.plain.map(Math.round).join('/')} ms${v.firefox.length ? `, Firefox ${v.firefox.map(Math.round).join('/')} ms` : ''}`,
        )
        .join('; ');
      if (runs)
        notes.push(
          `1. Click → playing: a fresh browser context per run (empty HTTP cache and IndexedDB), throttled through CDP on that page's session before navigation (the media element's Range request is throttled too). Clicked as soon as the card's Play button exists (app) or the page fired 'load' (plain; no wait for 'ready'). wavesurfer.js with only { container, url } fetches the whole file, then plays it from a blob, so its time is the full download; the app's shared <audio> streams with Range requests. Clip ${clip180.id}, ${(size180 / MB).toFixed(2)} MB. Runs: ${runs}.`,
        );

      if (firefox?.browser)
        notes.push(
          `1 and 8 in Firefox (${firefox.version}, headless, autoplay allowed): the same clip on its page in a fresh browser context per run, driven by puppeteer-core over WebDriver BiDi. Firefox's MediaSource takes MP3 only inside MP4, so the app repackages it as fragmented MP4 as it arrives. With no CDP there, the network is shaped by a relay in front of the app server (port ${RELAY_PORT}): each response paced on its own at the row's bandwidth after the row's latency, where Chromium's are shaped by its network emulation, so the two columns are near, not equal, conditions. Bytes: the .mp3 response bodies the relay passed, until 3 s without any.`,
        );

      // 2. bytes while scrolling -------------------------------------------------------
      await section(2, 'audio bytes, 100 clips scrolled past', async () => {
        const fast = await scrollBytes(browser, 120);
        log('  slow scroll (1.5 s per viewport)');
        const slow = await scrollBytes(browser, 1500);
        const sizes = await Promise.all(clips100.map((c) => contentLength(c.audio_url)));
        const total = sizes.reduce((s, x) => s + x, 0);
        const fetched = fast.list.map(
          (r) =>
            `#${indexOf.get(r.url)} ${r.startedMs < fast.scrollEndMs ? 'during the scroll' : 'after it'}${r.cancelled ? ' (cancelled)' : ''}`,
        );
        results.scrollBytes = { fast, slow, plainComputedBytes: total, fastFetchedCards: fetched };
        rows.push({
          metric: 'audio bytes, 100 clips scrolled past (not played)',
          condition: 'unthrottled, 1 viewport / 120 ms, then 3 s',
          app: `${fmtMB(fast.bytes)} (${fast.finished} files)`,
          plain: `${fmtMB(total)} (100 files; computed, not run)`,
          target: '—',
          met: '—',
        });
        rows.push({
          metric: 'max .mp3 downloads at once (not counting aborted)',
          condition: 'same scroll',
          app: `${fast.maxDownloading} (${fast.maxInFlight} with aborted fetches)`,
          plain: '100 (computed, not run)',
          target: '≤ 1',
          met: yesNo(fast.maxDownloading <= 1),
        });
        rows.push({
          metric: 'audio bytes, slow scroll (peaks do get computed)',
          condition: 'unthrottled, 1 viewport / 1.5 s, then 3 s',
          app: `${fmtMB(slow.bytes)} (${slow.finished} files, max ${slow.maxDownloading} at once)`,
          plain: `${fmtMB(total)} (computed, not run)`,
          target: '—',
          met: '—',
        });
        notes.push(
          `2. Bytes are CDP encodedDataLength of the page's .mp3 responses (a cancelled fetch counts what arrived) plus, for the peaks worker's own downloads, Playwright's response sizes (headers + body of finished ones). Fast scroll: ${scrollSummary(fast)}; fetches started for cards ${fetched.join(', ')} (of 100, in gallery order). Fetches after the scroll are for the cards left on screen during the 3 s wait at the bottom (computing peaks after 400 ms on screen is intended). A fetch during the scroll means a card stayed on screen ≥ 400 ms: scrolling starts the moment the first card exists, and the longest gap between scroll steps was ${fast.maxGapMs} ms (timers stretch when the page is busy mounting rows). Slow scroll: ${scrollSummary(slow)}. The plain figure is the sum of HEAD Content-Length of the 100 files, what one wavesurfer per clip would fetch; it was computed, not run.`,
        );
      });

      // 4. cached waveform -------------------------------------------------------------
      await section(4, 'cached waveform on a second visit', async () => {
        const cw = await cachedWaveform(browser);
        const navToWave = median(cw.again.map((p) => p.wave));
        const articleToWave = median(cw.again.map((p) => p.wave - p.article));
        results.cachedWaveform = {
          firstVisit: cw.first,
          secondVisits: cw.again,
          navToWaveMedian: navToWave,
          articleToWaveMedian: articleToWave,
        };
        rows.push({
          metric: 'cached waveform, 2nd visit: card → waveform',
          condition: `unthrottled, median of ${RUNS} reloads`,
          app: fmtMs(articleToWave),
          plain: `${fmtMs(cw.first.wave - cw.first.article)} (this app, 1st visit)`,
          target: '≤ 50 ms',
          met: yesNo(articleToWave <= 50),
        });
        rows.push({
          metric: 'cached waveform, 2nd visit: navigation → waveform',
          condition: `unthrottled, median of ${RUNS} reloads`,
          app: fmtMs(navToWave),
          plain: `${fmtMs(cw.first.wave)} (this app, 1st visit)`,
          target: '—',
          met: '—',
        });
        notes.push(
          `4. The baseline is this app's first visit (400 ms on-screen dwell + download + decode, unthrottled; slower on a real network). Second visits reload the same context, so peaks come from IndexedDB. Times from a MutationObserver installed with addInitScript: navigation → first <article>, and → the first card's Seek slider holding > 20 <rect>s. Reloads (article/waveform ms): ${cw.again.map((p) => `${Math.round(p.article)}/${Math.round(p.wave)}`).join(', ')}.`,
        );
      });

      // 5. mounted cards ---------------------------------------------------------------
      await section(5, 'mounted cards, 500 vs 24 clips', async () => {
        const m500 = [];
        const m24 = [];
        for (let i = 0; i < RUNS; i += 1) {
          m500.push(await mounted(browser, TASK_500));
          m24.push(await mounted(browser, TASK_24));
        }
        results.mounted = { clips500: m500, clips24: m24 };
        const med = (xs, k) => median(xs.map((x) => x[k]));
        rows.push({
          metric: 'mounted <article>s at top / at bottom',
          condition: '500 clips (virtualized) vs 24 (not virtualized)',
          app: `${med(m500, 'atTop')} / ${med(m500, 'atBottom')} of 500`,
          plain: `${med(m24, 'atTop')} / ${med(m24, 'atBottom')} of 24 (this app)`,
          target: '—',
          met: '—',
        });
        rows.push({
          metric: `navigation → first <article> (median of ${RUNS})`,
          condition: '500 vs 24 clips, unthrottled',
          app: fmtMs(med(m500, 'firstArticle')),
          plain: `${fmtMs(med(m24, 'firstArticle'))} (this app, 24 clips)`,
          target: '—',
          met: '—',
        });
        rows.push({
          metric: 'JS heap 1.5 s after first render',
          condition: '500 vs 24 clips',
          app: fmtMB(med(m500, 'heap')),
          plain: `${fmtMB(med(m24, 'heap'))} (this app, 24 clips)`,
          target: '—',
          met: '—',
        });
        notes.push(
          `5. The 24-clip gallery renders without virtualization and is this app's own baseline row, not wavesurfer. The 500-clip time includes a 500-clip API response and the lazy virtualizer chunk. First <article> ms, 500: ${m500.map((m) => Math.round(m.firstArticle)).join('/')}; 24: ${m24.map((m) => Math.round(m.firstArticle)).join('/')}.`,
        );
      });

      // 6. uncached waveform while playing ------------------------------------------------
      results.uncachedWaveform = {};
      for (const [label, net] of Object.entries(NETWORKS)) {
        await section(6, `uncached waveform, ${label}`, async () => {
          const app = [];
          const before = [];
          for (let i = 0; i < RUNS; i += 1) {
            app.push(await uncachedWaveformApp(browser, net, APP, clip180.id));
            before.push(await uncachedWaveformBefore(browser, net, APP, clip180.audio_url));
            log(
              `  run ${i + 1}: first bars ${fmtMs(app[i].firstBars)}, whole ${fmtMs(app[i].whole)}; before ${fmtMs(before[i])}`,
            );
          }
          const first = median(app.map((r) => r.firstBars));
          const whole = median(app.map((r) => r.whole));
          const old = median(before);
          results.uncachedWaveform[label] = { app, before, first, whole, old };
          rows.push({
            metric: `uncached 3-min clip, click → first waveform bars (median of ${RUNS})`,
            condition: label,
            app: fmtMs(first),
            plain: `${fmtMs(old)} (whole-file download + decodeAudioData)`,
            target: 'sooner than the whole-file decode',
            met: yesNo(first < old),
          });
          rows.push({
            metric: `uncached 3-min clip, click → whole waveform (median of ${RUNS})`,
            condition: label,
            app: fmtMs(whole),
            plain: `${fmtMs(old)} (same)`,
            target: '—',
            met: '—',
          });
        });
      }

      // 10. seeking far ahead of what has arrived ----------------------------------------
      await section(10, 'seek ahead, 5 Mbit/s', async () => {
        const net = NETWORKS['5 Mbit/s + 80 ms'];
        const app = [];
        const plain = [];
        for (let i = 0; i < RUNS; i += 1) {
          app.push(await seekAheadApp(browser, net, APP, clip180.id, 180));
          plain.push(await seekAheadPlain(browser, net, APP, clip180.audio_url, 180));
          log(`  run ${i + 1}: app ${fmtMs(app[i])}, <audio src> ${fmtMs(plain[i])}`);
        }
        const a = median(app);
        const p = median(plain);
        results.seekAhead = { app, plain };
        rows.push({
          metric: `seek to 80 % right after start → playing there (median of ${RUNS})`,
          condition: '5 Mbit/s + 80 ms, 3-min clip',
          app: fmtMs(a),
          plain: `${fmtMs(p)} (bare <audio src>, the former path)`,
          target: '≤ 1.5× the bare element',
          met: yesNo(a <= p * 1.5),
        });
      });

      // 7. a streaming clip's waveform ---------------------------------------------------
      await section(7, 'streaming clip waveform', async () => {
        const live = await streamingWaveform(browser, APP, randomUUID());
        results.streamingWaveform = live;
        rows.push({
          metric: 'streaming clip: bars on screen while still `streaming`',
          condition: 'unthrottled, played from the live stream',
          app: `${live.maxBars > 0 ? 'yes' : 'no'} (up to ${live.maxBars} of 96 bars; final waveform after: ${live.swapped ? 'yes' : 'no'})`,
          plain: 'no (no waveform until complete)',
          target: 'yes',
          met: yesNo(live.maxBars > 0 && live.swapped),
        });
      });

      // 8. bytes per played clip ---------------------------------------------------------
      await section(8, 'audio bytes per played clip', async () => {
        const played = await bytesPerPlayedClip(browser, APP, clip180.id);
        const ratio = played.bytes / size180;
        results.bytesPerPlayedClip = { ...played, fileBytes: size180, ratio };
        const inFx = firefox?.browser
          ? await bytesPerPlayedClipFirefox(firefox.browser, relay, clip180.id)
          : null;
        const firefoxCell = inFx
          ? `${fmtMB(inFx.bytes)} = ${(inFx.bytes / size180).toFixed(2)}× (${inFx.requests} request${inFx.requests === 1 ? '' : 's'})`
          : noFirefox();
        if (inFx) results.bytesPerPlayedClip.firefox = { ...inFx, ratio: inFx.bytes / size180 };
        rows.push({
          metric: 'audio bytes over the network per played clip (waveform uncached)',
          condition: 'unthrottled, 3-min clip played, until its waveform is whole',
          app: `${fmtMB(played.bytes)} = ${ratio.toFixed(2)}× (${played.requests} request${played.requests === 1 ? '' : 's'})`,
          firefox: firefoxCell,
          plain: `${fmtMB(size180)} (the file)`,
          target: '≤ 1.2×',
          met: yesNo(ratio <= 1.2 && (!inFx || inFx.bytes / size180 <= 1.2)),
        });
      });
      // 11. following the lyrics ------------------------------------------------------------
      await section(11, 'following the lyrics, 4-minute clip for 30 s', async () => {
        const clip4 = clips100.reduce((a, c) =>
          c.metadata.duration > a.metadata.duration ? c : a,
        );
        const ids = [
          clip4.id,
          ...clips100
            .filter((c) => c !== clip4)
            .slice(0, 11)
            .map((c) => c.id),
        ];
        const open = await followLyrics(browser, APP, { ids, clipId: clip4.id, open: true });
        const closed = await followLyrics(browser, APP, { ids, clipId: clip4.id, open: false });
        results.followLyrics = { clip: clip4.id, seconds: clip4.metadata.duration, open, closed };
        const tasks = (r) =>
          `${r.longTasks.length}${r.longTasks.length ? ` (${r.longTasks.join(', ')} ms)` : ''}`;
        rows.push({
          metric: 'main-thread long tasks (> 50 ms) while following the lyrics',
          condition: `${Math.round(clip4.metadata.duration)} s clip played 30 s, gallery of ${ids.length}`,
          app: `${tasks(open)}, Lyrics view open`,
          plain: `${tasks(closed)} (this app, Lyrics view closed)`,
          target: '0',
          met: yesNo(open.longTasks.length === 0),
        });
        rows.push({
          metric: 'gallery card renders while following the lyrics',
          condition: 'same 30 s',
          app: `${open.cardRenders} (lyric lines marked: ${open.lineChanges})`,
          plain: `${closed.cardRenders} (this app, Lyrics view closed)`,
          target: '0',
          met: yesNo(open.cardRenders === 0 && open.lineChanges > 0),
        });
        notes.push(
          `11. Self-hosted gcui-art through the simulator (it times its lyrics), clips looked up by ID; a fresh context per run. Counting starts once the clip plays and, with the view open, once a line is marked. Card renders are ClipCard components React rendered, read from React's commit hook the way React DevTools reads it (a subtree React did not visit is not counted). Played ${open.played.toFixed(1)} s open, ${closed.played.toFixed(1)} s closed.`,
        );
      });
    } finally {
      await browser.close();
    }

    // 3. memory: every measurement in its own fresh browser ------------------------------
    await section(3, 'memory, 100 clips vs 10 wavesurfer players', async () => {
      const apps = [];
      for (let i = 0; i < RUNS; i += 1) apps.push(await memoryApp(executablePath));
      log('  audio blocked');
      const noAudio = await memoryApp(executablePath, /\.mp3$/);
      log('  diagnostic: covers and audio blocked');
      const blocked = await memoryApp(executablePath, /\.(jpeg|mp3)$/);
      log('  plain page with 10 wavesurfer players');
      const ten = clips100.slice(0, 10).map((c) => c.audio_url);
      const plain = await memoryPlain(executablePath, ten);
      const delta = (m, k) => m.full[k] - m.empty[k];
      const appDelta = (k) => median(apps.map((m) => delta(m, k)));
      results.memory = {
        app: apps,
        appNoAudio: noAudio,
        appBlocked: blocked,
        plain,
        plainUrls: ten,
      };
      const heapApp = appDelta('heap');
      const rssApp = appDelta('rss');
      rows.push({
        metric: `JS heap over empty page (app: median of ${RUNS})`,
        condition: 'app: 100 clips scrolled; plain: 10 players ready',
        app: fmtDeltaMB(heapApp),
        plain: `${fmtDeltaMB(delta(plain, 'heap'))} (10 players)`,
        target: '≤ +150 MB',
        met: yesNo(heapApp <= 150 * MB),
      });
      rows.push({
        metric: `browser RSS, all processes, over empty page`,
        condition: 'same (median of 3 for the app)',
        app: `${fmtDeltaMB(rssApp)} (runs ${apps.map((m) => (delta(m, 'rss') / MB).toFixed(0)).join('/')})`,
        plain: `${fmtDeltaMB(delta(plain, 'rss'))} (10 players)`,
        target: '≤ +100 MB',
        met: yesNo(rssApp <= 100 * MB),
      });
      rows.push({
        metric: 'browser RSS over empty page, audio blocked',
        condition: 'same scroll, .mp3 refused (1 run)',
        app: fmtDeltaMB(delta(noAudio, 'rss')),
        plain: '—',
        target: '≤ +100 MB',
        met: yesNo(delta(noAudio, 'rss') <= 100 * MB),
      });
      rows.push({
        metric: 'browser RSS over empty page, covers + audio blocked',
        condition: 'diagnostic: what rendering the cards alone costs',
        app: fmtDeltaMB(delta(blocked, 'rss')),
        plain: '—',
        target: '—',
        met: '—',
      });
      if (plain.errors > 0)
        notes.push(`${plain.errors} of the 10 plain players reported an error.`);
      notes.push(
        `3. Unthrottled; each measurement in a fresh browser; forced GC before reading. The plain page has 10 players, not 100 (100 decoded clips would need several GB); a 100-player page would cost roughly 10× its figure. The JS heap misses decoded audio (AudioBuffers live outside it), so RSS is the figure that compares the two. RSS sums VmRSS over the browser's process tree (double-counts shared pages). App RSS deltas per run: ${apps.map((m) => fmtDeltaMB(delta(m, 'rss'))).join(', ')}; PSS deltas (shared pages split, but skewed by any other Chromium on the machine): app ${apps.map((m) => fmtDeltaMB(delta(m, 'pss'))).join(', ')}, plain ${fmtDeltaMB(delta(plain, 'pss'))}. Empty page: the app's '/', and for plain a blank page on its own server.`,
      );
    });

    // 9. decoder memory: each in its own fresh browser -----------------------------------
    await section(9, 'decoder memory, 4-minute clip', async () => {
      const clip4 = clips100.reduce((a, c) => (c.metadata.duration > a.metadata.duration ? c : a));
      const workerUrl = workerAsset(`${outDir}/client`);
      const worker = [];
      const native = [];
      for (let i = 0; i < RUNS; i += 1) {
        worker.push(await decoderMemory(executablePath, APP, clip4.audio_url, 'worker', workerUrl));
        native.push(await decoderMemory(executablePath, APP, clip4.audio_url, 'decodeAudioData'));
      }
      const w = median(worker.map((m) => m.rise));
      const n = median(native.map((m) => m.rise));
      results.decoderMemory = { clip: clip4.id, seconds: clip4.metadata.duration, worker, native };
      rows.push({
        metric: `peak browser RSS rise while decoding a ${Math.round(clip4.metadata.duration)} s clip (median of ${RUNS})`,
        condition: 'the MP3 already in the page; unthrottled',
        app: `${fmtDeltaMB(w)} (worker, ${fmtMs(median(worker.map((m) => m.ms)))})`,
        plain: `${fmtDeltaMB(n)} (decodeAudioData at 8 kHz, ${fmtMs(median(native.map((m) => m.ms)))})`,
        target: 'below decodeAudioData',
        met: yesNo(w < n),
      });
      notes.push(
        `9. RSS of the whole browser sampled every ~15 ms while one MP3 (${clip4.id}, ${clip4.metadata.duration} s) is decoded for its waveform, minus the same page holding the same bytes just before. Worker: the app's built peaks worker fed 64 KB messages as fast as it takes them (a fast download), ended and terminated. Runs (rise MB): worker ${worker.map((m) => (m.rise / MB).toFixed(1)).join('/')}, decodeAudioData ${native.map((m) => (m.rise / MB).toFixed(1)).join('/')}.`,
      );
    });

    // 12. Download all: a ZIP of 20 three-minute clips, each run in its own browser -------
    await section(12, 'Download all, 20 three-minute clips', async () => {
      const long = (await queryTask(TASK_500)).filter((c) => c.metadata.duration === 180);
      if (long.length < 20) throw new Error(`only ${long.length} 180 s clips in the 500 gallery`);
      const ids = long.slice(0, 20).map((c) => c.id);
      const mapsDir = path.join(ROOT, 'dist/sourcemaps/assets');
      const runs = { stream: [], blob: [] };
      for (let i = 0; i < RUNS; i += 1) {
        for (const mode of Object.keys(runs)) {
          const opts = { ids, fileUrl: long[0].audio_url, mode, mapsDir };
          const r = await zipOnce(executablePath, APP, opts);
          runs[mode].push(r);
          log(
            `  run ${i + 1} ${mode}: peak ${fmtDeltaMB(r.rssRise)}, first bytes ${fmtMs(r.firstBytesMs)}`,
          );
        }
      }
      results.downloadAll = { ids, runs };
      const fmt = { fmtMB, fmtDeltaMB, fmtMs, median, yesNo, MB };
      const out = zipRows(runs, { seconds: 180, ...fmt });
      rows.push(...out.rows);
      notes.push(...out.notes);
    });
  } finally {
    cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  results.loadAverageAtEnd = loadavg();
  notes.push(
    `Timings are from one run on this machine (${cpuCount()} CPUs, 1-min load average ${results.loadAverageAtStart[0].toFixed(1)} at start, ${results.loadAverageAtEnd[0].toFixed(1)} at end); other work on the machine shows up as noise.`,
  );
  const seconds = (Date.now() - started) / 1000;
  Object.assign(results, { rows, notes, failures, seconds });
  console.log('');
  printTable(rows);
  console.log('');
  console.log('Notes');
  for (const n of notes.sort()) console.log(`- ${n}`);
  console.log(`\nTook ${seconds.toFixed(0)} s.`);

  const file = path.join(ROOT, 'bench/results/latest.json');
  await mkdir(path.dirname(file), { recursive: true });
  const json = await prettier.format(JSON.stringify(results), {
    ...(await prettier.resolveConfig(file)),
    parser: 'json',
  });
  await writeFile(file, json);
  console.log(`Wrote ${path.relative(ROOT, file)}`);
  if (failures.length > 0) process.exitCode = 1;
}

function cpuCount() {
  return readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('processor')).length;
}

function scrollSummary(s) {
  return `${s.requests} requests (${s.finished} finished, ${s.cancelled} cancelled; max ${s.maxDownloading} downloading at once, ${s.maxInFlight} counting aborted ones until the network stack reported them) over ${s.steps} scroll steps (longest gap ${s.maxGapMs} ms), ${s.drawnAtEnd} waveforms drawn on screen at the end`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
