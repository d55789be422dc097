import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TEMPLATE_FILES, type ClientFiles, type PageTemplate } from './files.ts';
import { staticResponse, type StaticFile } from './static-file.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The file under root for a URL path, or null for anything that could climb out of it. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) {
    return null;
  }
  const file = path.join(root, decoded);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Files larger than this are streamed from disk rather than kept in memory. */
const MAX_CACHED_BYTES = 16 * 1024 * 1024;

async function readVariant(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return readFile(file).catch(() => undefined);
}

/** A file and the `.br` and `.gz` beside it (made by `scripts/precompress.mjs`), in memory. */
async function loadStatic(file: string, size: number, mtimeMs: number): Promise<StaticFile> {
  const [identity, br, gzip] = await Promise.all([
    readFile(file),
    readVariant(`${file}.br`),
    readVariant(`${file}.gz`),
  ]);
  const mtimeSeconds = Math.floor(mtimeMs / 1000);
  return {
    type: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    mtimeSeconds,
    etag: `"${size.toString(36)}-${mtimeSeconds.toString(36)}"`,
    identity,
    br,
    gzip,
  };
}

/** The client build on disk, with what it already holds in memory. */
export interface NodeClientFiles extends ClientFiles {
  /**
   * A file already read into memory, by its own URL path exactly (`/assets/index-1a2b.js`,
   * never another spelling of it), else undefined: for `npm start`'s fast path for assets.
   */
  loaded(urlPath: string): StaticFile | undefined;
}

/**
 * The client build on disk (`dist/client`). Dotfiles are never served. A build does not change
 * under a running server, so each file found is read once, with its precompressed variants,
 * and answered from memory (304 when the client's copy is current); misses are not kept, so
 * made-up paths cost a stat and nothing more.
 */
export function nodeClientFiles(rootDir: string): NodeClientFiles {
  const root = path.resolve(rootDir);
  const templates = new Map<PageTemplate, Promise<string | null>>();
  const cached = new Map<string, Promise<StaticFile>>();
  // Keyed by each file's own URL path: no bigger than the build, however it is asked for.
  const ready = new Map<string, StaticFile>();
  return {
    loaded: (urlPath) => ready.get(urlPath),
    async file(urlPath, request) {
      const file = fileFor(root, urlPath);
      if (!file) return null;
      let entry = cached.get(file);
      if (!entry) {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) return null;
        if (info.size > MAX_CACHED_BYTES) return streamed(file, info.size, info.mtime);
        entry = loadStatic(file, info.size, info.mtimeMs);
        const urlOfFile = `/${path.relative(root, file).split(path.sep).join('/')}`;
        entry.then(
          (loaded) => ready.set(urlOfFile, loaded),
          () => cached.delete(file),
        );
        cached.set(file, entry);
      }
      return staticResponse(request ?? new Request('http://localhost/'), await entry);
    },
    template(_request, page) {
      // A build does not change under a running server: read each template once.
      let template = templates.get(page);
      if (!template) {
        template = readFile(path.join(root, TEMPLATE_FILES[page]), 'utf8').catch(() => null);
        templates.set(page, template);
      }
      return template;
    },
  };
}

function streamed(file: string, size: number, mtime: Date): Response {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(size),
      'Last-Modified': mtime.toUTCString(),
    },
  });
}
