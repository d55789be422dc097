/* global document */
// Makes the README's screenshots (docs/*.png), desktop and phone in both themes: the production build on the production server (its
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
  // Desktop and phone, each theme: the theme follows the device's setting on a first visit.
  const shots = [
    { name: 'gallery', width: 1280, height: 800, colorScheme: 'dark' },
    { name: 'gallery-light', width: 1280, height: 800, colorScheme: 'light' },
    { name: 'phone', width: 390, height: 844, colorScheme: 'dark' },
    { name: 'phone-light', width: 390, height: 844, colorScheme: 'light' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
      deviceScaleFactor: 1,
    });
    await page.goto(`${base}/task/${task}`);
    await page.getByText('Complete', { exact: true }).nth(1).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() =>
      [...document.images].every((img) => img.complete && img.naturalWidth > 0),
    );
    // The waveforms in view drawn from their peaks (a phone shows the first card only).
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('[role="slider"]')]
          .slice(0, count)
          .every((slider) => slider.querySelectorAll('rect').length > 20),
      shot.width < 640 ? 1 : 2,
      { timeout: 30_000 },
    );
    // The first clip a few seconds in and paused: played bars against unplayed ones.
    await page.getByRole('button', { name: /^Play/ }).first().click();
    await page.waitForFunction(
      () => (document.querySelector('audio[data-role="clip-player"]')?.currentTime ?? 0) > 6,
      undefined,
      { timeout: 30_000 },
    );
    await page
      .getByRole('button', { name: /^Pause/ })
      .first()
      .click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/${shot.name}.png` });
    await page.close();
  }
  await browser.close();
  console.log('Wrote docs/gallery.png');
} finally {
  stop();
}
