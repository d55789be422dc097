/* global document */
// Makes docs/gallery.png for the README: the production build on the production server (its
// simulator test hooks on), the simulator on a fast clock, a demo task looked up in Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const port = 4399;
const task = '5a1e0001-0000-4000-8000-000000000001';

if (spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('node', ['dist/server/node.mjs'], {
  env: {
    ...process.env,
    SIM_SPEED: '40',
    SIM_CONTROL: '1',
    PORT: String(port),
    HOST: '127.0.0.1',
  },
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};

try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await fetch(`${base}/sim/control/reset`, {
    method: 'POST',
    body: JSON.stringify({ ids: [task] }),
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  await page.goto(`${base}/task/${task}`);
  await page.getByText('Complete', { exact: true }).nth(1).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  // Both waveforms drawn from their peaks.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[role="slider"]')].every(
        (slider) => slider.querySelectorAll('rect').length > 20,
      ),
    undefined,
    { timeout: 30_000 },
  );
  await page.screenshot({ path: 'docs/gallery.png' });
  await browser.close();
  console.log('Wrote docs/gallery.png');
} finally {
  stop();
}
