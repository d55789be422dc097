// Bundle budget: the JavaScript a page's first load needs, gzipped, from the production build.
// The app (index.html) has its budget; the embeddable player (embed.html), built on its own,
// has one too, since it loads on other people's pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = [
  { html: 'index.html', label: 'the app', budgetKb: 100 },
  { html: 'embed.html', label: 'the embeddable player', budgetKb: 80 },
];
const dist = 'dist/client';
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** The chunks a chunk imports statically (`import … from "./x.js"`), not the on-demand ones. */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  return [
    ...code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["']\.\/([^"']+\.js)["']/g,
    ),
  ].map((m) => `${dir}${m[1]}`);
}

/**
 * What runs before first paint: the entry script, every chunk the page asks the browser to
 * preload, and everything those import statically (whether or not the page lists it).
 */
function initialOf(html) {
  const text = readFileSync(join(dist, html), 'utf8');
  const listed = [
    ...text.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  listed.forEach(visit);
  return [...seen];
}

let over = false;
const initialFiles = new Set();
for (const page of PAGES) {
  if (!existsSync(join(dist, page.html))) {
    console.error(`${page.html} is missing from ${dist}: build first`);
    process.exit(1);
  }
  const rows = initialOf(page.html).map((file) => ({ file, kb: gz(file) }));
  rows.forEach((r) => initialFiles.add(r.file));
  const total = rows.reduce((sum, r) => sum + r.kb, 0);
  console.log(`Initial JavaScript of ${page.label}, ${page.html} (gzipped):`);
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
  console.log(`  ${total.toFixed(1).padStart(7)} KB  total, budget ${page.budgetKb} KB`);
  if (total > page.budgetKb) {
    console.error(`  Over budget by ${(total - page.budgetKb).toFixed(1)} KB`);
    over = true;
  }
}
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initialFiles.has(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, kb: gz(`assets/${f}`) }));
if (lazy.length) {
  console.log('Loaded later (gzipped):');
  for (const r of lazy) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
}
if (over) process.exit(1);
