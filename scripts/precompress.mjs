// Writes <file>.br and <file>.gz beside each compressible file of the client build, so the
// server sends compressed bytes with a Content-Length instead of compressing per request.
// `node scripts/precompress.mjs [dir]` (default dist/client).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? 'dist/client');
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|txt|svg|wasm|xml)$/i;
// Below this, the headers outweigh what compression saves.
const MIN_BYTES = 1024;

function* files(root) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(dir)) {
  if (statSync(file).size < MIN_BYTES) continue;
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: 9 });
  // A variant no smaller than the file is not worth sending.
  if (br.length < data.length) writeFileSync(`${file}.br`, br);
  if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
  count += 1;
  before += data.length;
  after += br.length;
}
console.log(
  `Precompressed ${count} files in ${path.relative(process.cwd(), dir) || '.'}: ` +
    `${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`,
);
