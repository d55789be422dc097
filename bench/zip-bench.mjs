/* global window, document */
// "Download all" (a ZIP of a gallery's clips): the browser's memory while the ZIP is made,
// click → first ZIP bytes, and which scripts load before and after the click. Each run has a
// browser of its own with a profile on disk (Playwright's usual contexts are off the record,
// where Chromium keeps Blobs and origin-private files in memory only).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { childPids, LAUNCH_ARGS, rssByType, sleep, VIEWPORT } from './bench-browser.mjs';

const SAMPLE_MS = 100;
const sumOf = (byType) => Object.values(byType).reduce((a, b) => a + b, 0);

/**
 * Headless Chromium's own save picker rejects with AbortError (as if the person cancelled),
 * so nothing would be saved. 'stream': the picker hands over a file in the origin-private
 * file system, a real FileSystemFileHandle whose writable goes to disk as a picked file's
 * does, wrapped to time the first bytes. 'blob': no picker, so the app takes its fallback
 * (the ZIP gathered into a Blob, then downloaded), as in Firefox and Safari.
 */
const SAVE_STUBS = {
  stream: () => {
    window.__zip = { first: null, bytes: 0, closed: null, click: null };
    const probe = window.__zip;
    Object.defineProperty(window, 'showSaveFilePicker', {
      value: async ({ suggestedName }) => {
        const dir = await navigator.storage.getDirectory();
        const file = await dir.getFileHandle(suggestedName, { create: true });
        return {
          name: suggestedName,
          createWritable: async () => {
            const writer = (await file.createWritable()).getWriter();
            return new WritableStream({
              write(chunk) {
                probe.first ??= performance.now();
                probe.bytes += chunk.byteLength;
                return writer.write(chunk);
              },
              close: () => writer.close().then(() => (probe.closed = performance.now())),
              abort: (reason) => writer.abort(reason),
            });
          },
        };
      },
    });
    document.addEventListener('click', () => (probe.click ??= performance.now()), true);
  },
  blob: () => {
    window.__zip = { click: null };
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
    document.addEventListener('click', () => (window.__zip.click ??= performance.now()), true);
  },
};

/** A Chromium with a profile on disk; its process tree's roots are this process's new children. */
async function launchOnDisk(executablePath) {
  const profile = mkdtempSync(path.join(tmpdir(), 'clip-viewer-zip-'));
  const before = new Set(childPids(process.pid));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: LAUNCH_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const roots = childPids(process.pid).filter((p) => !before.has(p));
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, roots, close };
}

/** Chunk file name → the packages in it, read from the build's source maps. */
function packagesIn(mapsDir, file) {
  try {
    const map = JSON.parse(readFileSync(path.join(mapsDir, `${file}.map`), 'utf8'));
    const names = map.sources
      .map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1])
      .filter(Boolean);
    return [...new Set(names)];
  } catch {
    return null;
  }
}

/** Largest and summed size of the files in a ZIP, read from its central directory. */
function zipContents(file) {
  const buf = readFileSync(file);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no ZIP end record');
  let entries = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) throw new Error('ZIP64: not read here');
  const sizes = [];
  for (; entries > 0; entries -= 1) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    sizes.push(buf.readUInt32LE(at + 24));
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return {
    files: sizes.length,
    largest: Math.max(...sizes),
    sum: sizes.reduce((a, b) => a + b, 0),
    zipBytes: statSync(file).size,
  };
}

/**
 * One ZIP of the clips `ids` from their gallery, saved the `mode` way (see SAVE_STUBS), in a
 * browser of its own. Memory is VmRSS summed over the browser's process tree (browser,
 * renderers, GPU and utility processes) and the page's JS heap, sampled every ~100 ms from
 * the click until the app says the ZIP is saved; the baseline is the same page idle just
 * before the click. Scripts are listed as they load, before the click and after it.
 */
export async function zipOnce(executablePath, app, { ids, fileUrl, mode, mapsDir }) {
  const { context, roots, close } = await launchOnDisk(executablePath);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(SAVE_STUBS[mode]);
    const scripts = { before: [], after: [] };
    let clicked = false;
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      const file = new URL(res.url()).pathname.split('/').pop();
      (clicked ? scripts.after : scripts.before).push(file);
    });
    await page.goto(`${app}/clips/${ids.join(',')}`);
    await page.waitForFunction((n) => document.querySelectorAll('article').length >= n, ids.length);
    for (const card of await page.locator('article[data-clip-id]').all())
      await card.getByText('Complete', { exact: true }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // The baseline for first bytes: one clip file fetched by this page, past the HTTP cache.
    const oneFileMs = await page.evaluate(async (u) => {
      const t = performance.now();
      await (await fetch(u, { cache: 'no-store' })).arrayBuffer();
      return performance.now() - t;
    }, fileUrl);
    await sleep(2_000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapNow = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const idleByType = rssByType(roots);
    const idle = { rss: sumOf(idleByType), heap: await heapNow(), byType: idleByType };
    const peak = { rss: idle.rss, heap: idle.heap, byType: idleByType, samples: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const byType = rssByType(roots);
        if (sumOf(byType) > peak.rss) Object.assign(peak, { rss: sumOf(byType), byType });
        peak.heap = Math.max(peak.heap, await heapNow().catch(() => 0));
        peak.samples += 1;
        await sleep(SAMPLE_MS);
      }
    })();
    const download = mode === 'blob' ? page.waitForEvent('download', { timeout: 180_000 }) : null;
    clicked = true;
    await page.getByRole('button', { name: 'Download all' }).click();
    const offered = download && (await download);
    const downloadAt = offered ? await page.evaluate(() => performance.now()) : null;
    const saved = offered ? await offered.path() : null;
    const status = page.getByRole('status').filter({ hasText: /^(Saved|None|The ZIP|Cancel)/ });
    await status.waitFor({ timeout: 180_000 });
    const summary = await status.innerText();
    sampling = false;
    await sampler;
    const probe = await page.evaluate(() => window.__zip);
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(1_000);
    const afterGc = sumOf(rssByType(roots));
    // The file's entries are read from the download; a streamed ZIP is only counted.
    const contents = saved ? zipContents(saved) : { zipBytes: probe.bytes };
    const firstBytesMs = (mode === 'stream' ? probe.first : downloadAt) - probe.click;
    const withPackages = (files) =>
      [...new Set(files)].map((f) => ({ file: f, packages: packagesIn(mapsDir, f) }));
    return {
      mode,
      summary,
      idle,
      peak,
      rssRise: peak.rss - idle.rss,
      afterGcRise: afterGc - idle.rss,
      riseByType: Object.fromEntries(
        Object.entries(peak.byType).map(([t, v]) => [t, v - (idle.byType[t] ?? 0)]),
      ),
      heapRise: peak.heap - idle.heap,
      firstBytesMs,
      savedMs: (mode === 'stream' ? probe.closed : downloadAt) - probe.click,
      oneFileMs,
      contents,
      scripts: { before: withPackages(scripts.before), after: withPackages(scripts.after) },
    };
  } finally {
    await close();
  }
}

/** Which of `packages` came in chunks loaded before the click, and which after. */
export function lazyPackages(run, packages) {
  const find = (list) => packages.filter((p) => list.some((s) => s.packages?.includes(p)));
  const unread = [...run.scripts.before, ...run.scripts.after].filter((s) => s.packages === null);
  return {
    before: find(run.scripts.before),
    after: find(run.scripts.after),
    beforeFiles: run.scripts.before.length,
    afterFiles: run.scripts.after.map((s) => s.file),
    unread: unread.map((s) => s.file),
  };
}

const LAZY = ['client-zip', 'browser-id3-writer'];
const MODES = {
  stream:
    'streamed into a file (File System Access writable; OPFS file, since headless Chromium’s picker aborts)',
  blob: 'Blob fallback, then a download (no save picker, as in Firefox/Safari and the journeys)',
};

/** The table's rows and notes for section 12, from RUNS runs of each mode. */
export function zipRows(runs, { seconds, fmtMB, fmtDeltaMB, fmtMs, median, yesNo, MB }) {
  const rows = [];
  const notes = [];
  const { largest, sum, files, zipBytes } = runs.blob[0].contents;
  const n = Math.max(runs.stream.length, runs.blob.length);
  const perRun = (list, f) => list.map((r) => (f(r) / MB).toFixed(1)).join('/');
  for (const [mode, list] of Object.entries(runs)) {
    if (list.length === 0) continue;
    const rise = median(list.map((r) => r.rssRise));
    const heap = median(list.map((r) => r.heapRise));
    rows.push({
      metric: `peak browser RSS over the idle page, ZIP of 20 × ${seconds} s clips (median of ${list.length})`,
      condition: MODES[mode],
      app: `${fmtDeltaMB(rise)} (runs ${perRun(list, (r) => r.rssRise)}; JS heap ${fmtDeltaMB(heap)})`,
      plain: `largest file ${fmtMB(largest)}, files sum ${fmtMB(sum)}; idle page ${fmtMB(median(list.map((r) => r.idle.rss)))}`,
      target: `≤ ${fmtDeltaMB(2 * largest)} (2× largest file)`,
      met: yesNo(rise <= 2 * largest),
    });
  }
  if (runs.stream.length > 0)
    rows.push({
      metric: `click → first ZIP bytes (median of ${runs.stream.length})`,
      condition: 'streamed into a file, unthrottled',
      app: `${fmtMs(median(runs.stream.map((r) => r.firstBytesMs)))} (whole ZIP saved: ${fmtMs(median(runs.stream.map((r) => r.savedMs)))})`,
      plain: `${fmtMs(median(runs.stream.map((r) => r.oneFileMs)))} (one ${seconds} s clip file fetched by the page)`,
      target: '—',
      met: '—',
    });
  if (runs.blob.length > 0)
    rows.push({
      metric: `click → first ZIP bytes (median of ${runs.blob.length})`,
      condition: 'Blob fallback: the download starts once the whole ZIP is made',
      app: fmtMs(median(runs.blob.map((r) => r.firstBytesMs))),
      plain: `${fmtMs(median(runs.blob.map((r) => r.oneFileMs)))} (one ${seconds} s clip file fetched by the page)`,
      target: '—',
      met: '—',
    });
  const lazy = [...runs.stream, ...runs.blob].map((r) => lazyPackages(r, LAZY));
  const early = [...new Set(lazy.flatMap((l) => l.before))];
  const late = [...new Set(lazy.flatMap((l) => l.after))];
  rows.push({
    metric: `${LAZY.join(' / ')} in the page's initial JS`,
    condition: 'scripts loaded before vs after the click (chunks read from the source maps)',
    app: `before: ${early.length ? early.join(', ') : 'neither'}; after: ${late.join(', ') || 'neither'}`,
    plain: `${lazy[0].beforeFiles} scripts before the click, ${lazy[0].afterFiles.length} after`,
    target: 'both load on the click only',
    met: yesNo(early.length === 0 && late.length === LAZY.length),
  });
  const byType = (r) =>
    Object.entries(r.riseByType)
      .map(([t, v]) => `${t} ${fmtDeltaMB(v)}`)
      .join(', ');
  notes.push(
    `12. Each run in its own Chromium with a profile on disk (Playwright's default contexts are off the record, where Chromium keeps Blobs and origin-private files in memory). A gallery of 20 clips of ${seconds} s looked up by ID, every card Complete and the network idle; then one clip file fetched by the page (cache: no-store, the first-bytes baseline), 2 s idle, forced GC, and the idle figures read. RSS: VmRSS summed over Chromium's process tree (browser, renderer, GPU, utility; shared pages counted in each), sampled every ${SAMPLE_MS} ms from the click until the app reports the ZIP saved; JS heap: CDP Runtime.getHeapUsage at the same samples. The ZIP: ${files} files, ${fmtMB(zipBytes)} (streamed: ${runs.stream.map((r) => fmtMB(r.contents.zipBytes)).join('/')}). Chunks loaded on the click: ${lazy[0].afterFiles.join(', ')}; unread maps: ${lazy[0].unread.join(', ') || 'none'}.`,
  );
  for (const [mode, list] of Object.entries(runs))
    for (const [i, r] of list.entries())
      notes.push(
        `12. ${mode} run ${i + 1}/${n}: peak rise by process ${byType(r)}; ${fmtDeltaMB(r.afterGcRise)} left after the ZIP and a forced GC; ${r.peak.samples} samples; "${r.summary}"`,
      );
  return { rows, notes };
}
