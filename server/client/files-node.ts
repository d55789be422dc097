import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TEMPLATE_FILES, type ClientFiles, type PageTemplate } from './files.ts';

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

/** The client build on disk (`dist/client`). Dotfiles are never served. */
export function nodeClientFiles(rootDir: string): ClientFiles {
  const root = path.resolve(rootDir);
  const templates = new Map<PageTemplate, Promise<string | null>>();
  return {
    async file(urlPath) {
      const file = fileFor(root, urlPath);
      if (!file) return null;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return new Response(body, {
        headers: {
          'Content-Type': type,
          'Content-Length': String(info.size),
          'Last-Modified': info.mtime.toUTCString(),
        },
      });
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
