/* global window, document, MutationObserver */
// Browser helpers shared by the benchmarks: launching Chromium with its process tree, fresh
// throttled pages, memory of the process tree, .mp3 traffic, scrolling and render probes.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';

export const VIEWPORT = { width: 1280, height: 900 };
export const MB = 1024 * 1024;

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fmtMs = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
export const fmtMB = (x) => (Number.isFinite(x) ? `${(x / MB).toFixed(1)} MB` : 'n/a');
export const fmtDeltaMB = (x) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x / MB).toFixed(1)} MB` : 'n/a';
export const yesNo = (ok) => (ok === null ? '—' : ok ? 'yes' : 'NO');

// ---------------------------------------------------------------------------------------
// Browser helpers

export const LAUNCH_ARGS = [
  ...new Set([
    ...CHROMIUM_ARGS,
    '--autoplay-policy=no-user-gesture-required',
    '--enable-precise-memory-info',
  ]),
];

export function childPids(ppid) {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === ppid) out.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

export function treePids(root) {
  const all = [root];
  for (let i = 0; i < all.length; i += 1) all.push(...childPids(all[i]));
  return all;
}

export function statusField(pid, file, field) {
  try {
    const text = readFileSync(`/proc/${pid}/${file}`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS (double-counts shared pages) and PSS (shares them out) over a process tree. */
export function treeMemory(roots) {
  const pids = roots.flatMap(treePids);
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    rss += statusField(pid, 'status', 'VmRSS');
    pss += statusField(pid, 'smaps_rollup', 'Pss');
  }
  return { rss, pss, processes: pids.length };
}

/** VmRSS of the browser's processes by Chromium's --type (none: the browser process). */
export function rssByType(roots) {
  const out = {};
  for (const pid of roots.flatMap(treePids)) {
    let cmdline;
    try {
      // Chromium rewrites its title: the arguments may come as one string, not NUL-separated.
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    const type = /--type=(\S+)/.exec(cmdline)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=\S*?([^.\s]+)(\s|$)/.exec(cmdline)?.[1];
    const key = type === 'utility' && sub ? sub : type;
    out[key] = (out[key] ?? 0) + statusField(pid, 'status', 'VmRSS');
  }
  return out;
}

/**
 * playwright-core's Browser has no process(): the browser is a direct child of this Node
 * process (Debian's /usr/bin/chromium wrapper included), so the new children are its roots.
 */
export async function launch(executablePath) {
  const before = new Set(childPids(process.pid));
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const roots = childPids(process.pid).filter((p) => !before.has(p));
  return { browser, roots };
}

export async function throttle(cdp, net) {
  await cdp.send('Network.enable');
  if (!net) return;
  const bytesPerSec = (net.mbit * 1e6) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: net.latency,
    downloadThroughput: bytesPerSec,
    uploadThroughput: bytesPerSec,
  });
}

/** A fresh context (own HTTP cache and IndexedDB), a page, its CDP session, throttled. */
export async function freshPage(browser, net) {
  // The offline shell's precache would download beside what is measured, and differ by run.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, net);
  return { context, page, cdp };
}

export async function jsHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  await cdp.send('Performance.enable').catch(() => undefined);
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Most intervals [start, end] overlapping at one instant. */
export function maxOverlap(intervals) {
  const edges = intervals.flatMap(([a, b]) => [
    [a, 1],
    [b, -1],
  ]);
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of edges) max = Math.max(max, (now += d));
  return max;
}

/**
 * Counts .mp3 requests, their bytes on the wire and how many were in flight at once. The
 * page's own requests come from its CDP session (bytes as they arrive, so a cancelled fetch
 * counts what it got); a worker's requests (the peaks worker downloads cards' files itself)
 * are not on that session, so they come from Playwright's request events, with the sizes of
 * finished ones (a cancelled worker fetch counts 0 bytes). Times are wall-clock ms. A fetch
 * the page aborts is dropped from its JS at once but reported failed by the network stack a
 * little later, so the raw count can briefly see two.
 */
export function trackMp3(cdp, page) {
  const since = Date.now();
  const now = () => Date.now() - since;
  const isMp3 = (url) => /\.mp3(\?|$)/.test(url);
  const reqs = new Map();
  const end = (e, failed, length) => {
    const r = reqs.get(e.requestId);
    if (!r || r.end !== null) return;
    r.end = now();
    r.failed = failed;
    if (length !== undefined) r.bytes = Math.max(r.bytes, length);
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!isMp3(e.request.url) || reqs.has(e.requestId)) return;
    reqs.set(e.requestId, { url: e.request.url, start: now(), end: null, bytes: 0, failed: false });
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r && r.end === null) r.bytes += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => end(e, false, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => end(e, true));
  // Every request Playwright sees (page and workers); the ones CDP saw are matched off below.
  const seen = [];
  const record = new Map();
  page.on('request', (req) => {
    if (!isMp3(req.url())) return;
    const r = { url: req.url(), start: now(), end: null, bytes: 0, failed: false };
    record.set(req, r);
    seen.push(r);
  });
  page.on('requestfinished', async (req) => {
    const r = record.get(req);
    if (!r) return;
    r.end = now();
    const sizes = await req.sizes().catch(() => null);
    if (sizes) r.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
  });
  page.on('requestfailed', (req) => {
    const r = record.get(req);
    if (r) Object.assign(r, { end: now(), failed: true });
  });
  return () => {
    const fromPage = [...reqs.values()];
    // Per URL, Playwright's requests beyond the number CDP saw are the workers' own.
    const pageCount = new Map();
    for (const r of fromPage) pageCount.set(r.url, (pageCount.get(r.url) ?? 0) + 1);
    const fromWorkers = seen.filter((r) => {
      const left = pageCount.get(r.url) ?? 0;
      if (left > 0) pageCount.set(r.url, left - 1);
      return left === 0;
    });
    const all = [...fromPage, ...fromWorkers];
    const span = (r) => [r.start, r.end ?? Infinity];
    return {
      requests: all.length,
      fromWorkers: fromWorkers.length,
      finished: all.filter((r) => r.end !== null && !r.failed).length,
      cancelled: all.filter((r) => r.failed).length,
      bytes: all.reduce((sum, r) => sum + r.bytes, 0),
      maxInFlight: maxOverlap(all.map(span)),
      maxDownloading: maxOverlap(all.filter((r) => !r.failed).map(span)),
      list: all.map((r) => ({
        url: r.url,
        startedMs: r.start,
        durationMs: r.end === null ? null : r.end - r.start,
        bytes: r.bytes,
        cancelled: r.failed,
      })),
    };
  };
}

/**
 * Scrolls one viewport at a time to the bottom (the virtualizer may grow the page meanwhile),
 * starting the moment the first card exists. The loop runs inside the page so the cadence is
 * not stretched by round trips to this process.
 */
export function scrollThrough(page, pauseMs) {
  return page.evaluate(async (pause) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const until = performance.now() + 30_000;
    while (!document.querySelector('article')) {
      if (performance.now() > until) throw new Error('no <article> within 30 s');
      await sleep(10);
    }
    const el = document.scrollingElement ?? document.documentElement;
    let steps = 0;
    let atBottom = 0;
    let last = null;
    let maxGapMs = 0;
    for (let i = 0; i < 600 && atBottom < 2; i += 1) {
      window.scrollBy(0, window.innerHeight);
      const now = performance.now();
      if (last !== null) maxGapMs = Math.max(maxGapMs, now - last);
      last = now;
      steps += 1;
      await sleep(pause);
      atBottom = window.scrollY + window.innerHeight >= el.scrollHeight - 2 ? atBottom + 1 : 0;
    }
    return { steps, maxGapMs: Math.round(maxGapMs) };
  }, pauseMs);
}

// Recorded from navigation start (performance.now()) in every app page.
export const RENDER_PROBE = () => {
  window.__probe = { article: null, wave: null };
  const check = () => {
    const p = window.__probe;
    if (p.article === null && document.querySelector('article')) p.article = performance.now();
    if (p.wave === null) {
      const slider = document.querySelector('article [role=slider]');
      if (slider && slider.querySelectorAll('rect').length > 20) {
        p.wave = performance.now();
        observer.disconnect();
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
};
