// Renders the app's PNG icons (the web app manifest's and the Apple touch icon) from
// public/favicon.svg with the Chromium the tests use: `node scripts/make-icons.mjs`.
// Run it again after changing the favicon, and commit the PNGs it writes under public/.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
// The favicon's bars without its rounded tile, to draw on a full-bleed square.
const bars = svg.replace(/<rect[^>]*\/>/, '');
const VIOLET = '#6d28d9';

/**
 * A maskable icon keeps its content within the middle 80% circle: the favicon drawn at 75% of
 * the side keeps its bars there.
 */
const maskable = (size) =>
  `<div style="width:${size}px;height:${size}px;background:${VIOLET};display:grid;place-items:center">` +
  `<div style="width:${size * 0.75}px;height:${size * 0.75}px">${bars}</div></div>`;
const plain = (size) => `<div style="width:${size}px;height:${size}px">${svg}</div>`;

const ICONS = [
  { file: 'public/icon-192.png', size: 192, html: plain },
  { file: 'public/icon-512.png', size: 512, html: plain },
  { file: 'public/icon-maskable-512.png', size: 512, html: maskable },
  // iOS draws its own rounded corners and fills transparency with black: a full square.
  { file: 'public/apple-touch-icon.png', size: 180, html: maskable },
];

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:100%;height:100%}</style>` +
        `<div id="icon">${icon.html(icon.size)}</div>`,
    );
    await page.locator('#icon > div').screenshot({ path: icon.file, omitBackground: true });
    console.log(`Wrote ${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
