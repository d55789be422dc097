import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SIM_MEDIA_DIR, allMediaRefs, mediaFileName } from '../../sim/media-names.ts';

export const FIXTURE_ASSET = '/assets/index-3f2a9c1d.js';
export const FIXTURE_HTML = '<!doctype html><html><head><title>Clip Viewer</title>'
  .concat('<meta name="description" content="Look at &amp; share clips." /></head>')
  .concat('<body><div id="root"></div>')
  .concat(`<script type="module" src="${FIXTURE_ASSET}"></script></body></html>`);
export const FIXTURE_EMBED_HTML =
  '<!doctype html><html><head><title>Clip Viewer player</title>'.concat(
    '</head><body><div id="embed"></div></body></html>',
  );

export const FIXTURE_SERVICE_WORKER = "self.addEventListener('fetch', () => {});";
export const FIXTURE_MANIFEST = '{"name":"Clip Viewer","start_url":"/"}';

/** The bytes of a prebuilt Demo media file in the fixture: distinct per file, 3000 of them. */
export function fixtureMedia(name: string): Uint8Array {
  const seed = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return Uint8Array.from({ length: 3000 }, (_, i) => (seed + i * 31) % 256);
}

/** A small stand-in for `dist/client`, so request tests never need a real build. */
export function makeFixtureClient(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clip-viewer-client-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), FIXTURE_HTML);
  writeFileSync(path.join(dir, 'embed.html'), FIXTURE_EMBED_HTML);
  // Over hono/compress's 1 KB threshold, so compression can be seen.
  writeFileSync(path.join(dir, FIXTURE_ASSET), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  writeFileSync(path.join(dir, `${FIXTURE_ASSET}.map`), '{"version":3,"sources":[]}');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'sw.js'), FIXTURE_SERVICE_WORKER);
  writeFileSync(path.join(dir, 'manifest.webmanifest'), FIXTURE_MANIFEST);
  writeFileSync(path.join(dir, '.env'), 'SECRET=1');
  // The Demo's media as `npm run build` renders it, in stand-in bytes.
  mkdirSync(path.join(dir, SIM_MEDIA_DIR));
  for (const name of new Set(allMediaRefs().map(mediaFileName))) {
    writeFileSync(path.join(dir, SIM_MEDIA_DIR, name), fixtureMedia(name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
