/* global document */
// The Demo on Workers, end to end: `wrangler dev` (local, no login) serving the last
// `npm run build`, and headless Chromium opening the Demo task. Checks that the covers load,
// that Play plays, and that the waveform draws. Slow to start, so not part of `npm test`.
// `node scripts/check-worker-demo.mjs` after `npm run build`; PORT (4610), SIM_SPEED (1).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const port = Number(process.env.PORT ?? 4610);
const speed = process.env.SIM_SPEED ?? '1';
const task = '5a1e0001-0000-4000-8000-000000000001';
const base = `http://127.0.0.1:${port}`;

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!existsSync('dist/client/index.html')) {
  console.error('dist/client is missing: run `npm run build` first');
  process.exit(1);
}
if (!existsSync('dist/client/sim-media')) {
  console.warn('dist/client/sim-media is missing: the build had no ffmpeg, media will 404');
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
let output = '';
const wrangler = spawn(
  'node_modules/.bin/wrangler',
  ['dev', '--port', String(port), '--inspector-port', String(port + 1), '--ip', '127.0.0.1'].concat(
    ['--var', `SIM_SPEED:${speed}`, '--show-interactive-dev-session=false'],
  ),
  {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  },
);
for (const stream of [wrangler.stdout, wrangler.stderr]) {
  stream.on('data', (chunk) => (output += chunk.toString()));
}
const stop = () => {
  try {
    process.kill(-wrangler.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

const results = [];
function check(name, ok, detail) {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

let browser;
try {
  let up = false;
  for (let i = 0; i < 240 && !up; i += 1) {
    up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) throw new Error(`wrangler dev did not answer on ${base}:\n${output.slice(-2000)}`);
  console.log(`wrangler dev up on ${base} after ${seconds()} s`);

  // The hashed bundles come from the platform (run_worker_first), with the app's headers.
  const html = await fetch(`${base}/`).then((r) => r.text());
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  const asset = await fetch(`${base}${script}`);
  await asset.arrayBuffer();
  check(
    'bundles served with the app’s headers',
    asset.ok &&
      asset.headers.get('cache-control') === 'public, max-age=31536000, immutable' &&
      (asset.headers.get('content-security-policy') ?? '').includes("frame-ancestors 'none'"),
    `${asset.status} ${script}, ${asset.headers.get('cache-control')}`,
  );

  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const media = [];
  const failed = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/sim/media/') || path === '/sim/stream') {
      media.push(`${r.status()} ${path.replace(/[0-9a-f-]{36}/, '<clip>')}`);
    }
    if (r.status() >= 400) failed.push(`${r.status()} ${path}`);
  });
  await page.goto(`${base}/task/${task}?p=demo`);
  await page.getByText('Complete', { exact: true }).nth(1).waitFor({ timeout: 120_000 });
  console.log(`both clips complete after ${seconds()} s`);

  await page
    .waitForFunction(
      () =>
        document.images.length > 0 &&
        [...document.images].every((img) => img.complete && img.naturalWidth > 0),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const images = await page.evaluate(() =>
    [...document.images].map(
      (img) => `${new URL(img.currentSrc).pathname.split('/').pop()} ${img.naturalWidth}px`,
    ),
  );
  check(
    'covers load',
    images.length > 0 && images.every((image) => !image.endsWith(' 0px')),
    `${images.length} images (${images.join(', ')})`,
  );

  // Before Play: a card on screen computes its waveform from the whole file, drawn as 96 SVG
  // bars that appear as the bytes arrive. (A playing clip's grows at the pace of play instead.)
  const seek = page.getByRole('slider', { name: 'Seek' }).first();
  await seek.scrollIntoViewIfNeeded();
  const bars = () => seek.locator('rect').count();
  const waveDeadline = Date.now() + 60_000;
  let drawn = await bars();
  while (drawn < 96 && Date.now() < waveDeadline) {
    await new Promise((r) => setTimeout(r, 250));
    drawn = await bars();
  }
  // Drawn from the audio, not placeholders: the bars' heights differ.
  const heights = new Set(
    await seek.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('height'))),
  );
  check(
    'waveform draws',
    drawn >= 96 && heights.size > 10,
    `${drawn} of 96 bars, ${heights.size} different heights, after ${seconds()} s`,
  );

  await page.getByRole('button', { name: /^Play/ }).first().click();
  const mediaTime = () =>
    page.evaluate(
      () => document.querySelector('audio[data-role="clip-player"]')?.currentTime ?? -1,
    );
  const deadline = Date.now() + 20_000;
  let time = await mediaTime();
  while (time < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    time = await mediaTime();
  }
  console.log(`played after ${seconds()} s`);
  check('Play plays', time >= 2, `currentTime ${time.toFixed(2)} s`);

  check('no media answer failed', !media.some((m) => /^[45]/.test(m)), media.join(', '));
  if (failed.length) console.log(`answers >= 400 on the page: ${failed.join(', ')}`);
} catch (error) {
  check('run', false, error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  stop();
  console.log(`browser and wrangler closed after ${seconds()} s`);
}
console.log(`${results.filter(Boolean).length}/${results.length} checks passed (${seconds()} s)`);
process.exit(results.every(Boolean) ? 0 : 1);
