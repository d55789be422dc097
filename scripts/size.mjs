// Bundle budget: the JavaScript the first page load needs, gzipped, from the production build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100;
const dist = 'dist/client';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The entry script plus every chunk it asks the browser to preload: what runs before first paint.
const initial = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const rows = initial.map((file) => ({ file, kb: gz(file) / 1024 }));
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, kb: gz(`assets/${f}`) / 1024 }));
const total = rows.reduce((sum, r) => sum + r.kb, 0);

console.log('Initial JavaScript (gzipped):');
for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
console.log(`  ${total.toFixed(1).padStart(7)} KB  total, budget ${BUDGET_KB} KB`);
if (lazy.length) {
  console.log('Loaded later (gzipped):');
  for (const r of lazy) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
}
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
