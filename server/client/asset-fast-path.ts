import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Drain } from '../drain.ts';
import { HASHED_ASSETS_PREFIX, IMMUTABLE } from './files.ts';
import {
  chooseEncoding,
  encoded,
  fileHeaders,
  isCurrent,
  type Encoding,
  type StaticFile,
} from './static-file.ts';

export interface AssetFastPathOptions {
  /** A file already in memory, by its own URL path exactly; undefined leaves it to the app. */
  loaded(urlPath: string): StaticFile | undefined;
  /** The security headers of a path, exactly as the app's middleware sets them. */
  securityHeaders(path: string): [string, string][];
  drain?: Drain;
  log?: (line: string) => void;
}

/** Answers a request itself and says true, or says false and leaves it to the app. */
export type FastPath = (request: IncomingMessage, response: ServerResponse) => boolean;

interface Answer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** The same with `Connection: close`, while the server drains. */
  closing: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

interface Prepared {
  notModified: Answer;
  br?: Answer;
  gzip?: Answer;
  /** The encoding chosen for each Accept-Encoding seen: browsers send a handful. */
  chosen: Map<string, Encoding>;
}

/** Accept-Encoding values remembered per file; past it the list starts afresh. */
const MAX_CHOICES = 32;

/** The Hosts @hono/node-server takes as they are: any other goes through its checks. */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/** Lower-case names in order, as the app's answers leave Hono (through a Headers object). */
function record(entries: [string, string][]): Record<string, string> {
  const lower = entries.map(([name, value]): [string, string] => [name.toLowerCase(), value]);
  return Object.fromEntries(lower.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function prepare(path: string, file: StaticFile, options: AssetFastPathOptions): Prepared {
  const common: [string, string][] = [
    ...Object.entries(fileHeaders(file)),
    ['Cache-Control', IMMUTABLE],
    ...options.securityHeaders(path),
  ];
  const answer = (status: 200 | 304, extra: [string, string][], body?: Uint8Array<ArrayBuffer>) => {
    const entries = [...common, ...extra];
    const closing = record([...entries, ['Connection', 'close']]);
    return { status, headers: record(entries), closing, body };
  };
  const variant = (encoding: 'br' | 'gzip') => {
    if (!file[encoding]) return undefined;
    const { body, headers } = encoded(file, encoding);
    return answer(200, Object.entries(headers), body);
  };
  return {
    notModified: answer(304, []),
    br: variant('br'),
    gzip: variant('gzip'),
    chosen: new Map(),
  };
}

function encodingFor(entry: Prepared, file: StaticFile, accept: string | undefined): Encoding {
  const key = accept ?? '';
  let encoding = entry.chosen.get(key);
  if (encoding === undefined) {
    encoding = chooseEncoding(accept ?? null, file);
    if (entry.chosen.size >= MAX_CHOICES) entry.chosen.clear();
    entry.chosen.set(key, encoding);
  }
  return encoding;
}

/**
 * `npm start`'s way to the hashed bundles, beside the app rather than through it: a GET of
 * an `/assets/` file already in memory, with a brotli or gzip copy the client takes (or a 304),
 * is answered from headers made once per file: the same headers, bytes, 304s, `Connection:
 * close` while draining and access-log line as the app's own answer, without building a
 * Request, a Response and a Headers per request. Everything else (HEAD, a query string, a
 * file not read yet, a client that takes neither encoding, any unusual Host) goes to the app.
 */
export function assetFastPath(options: AssetFastPathOptions): FastPath {
  // Keyed by files' own URL paths (`loaded` knows no other): no bigger than the build.
  const prepared = new Map<string, Prepared>();
  return (request, response) => {
    const started = performance.now();
    const url = request.url;
    if (request.method !== 'GET' || !url?.startsWith(HASHED_ASSETS_PREFIX)) return false;
    const file = options.loaded(url);
    if (!file || !(file.br || file.gzip)) return false;
    const host = request.headers.host;
    if (host === undefined || !PLAIN_HOST.test(host)) return false;
    let entry = prepared.get(url);
    if (!entry) {
      entry = prepare(url, file, options);
      prepared.set(url, entry);
    }
    const headers = request.headers;
    let answer: Answer | undefined = entry.notModified;
    if (!isCurrent(headers['if-none-match'], headers['if-modified-since'], file)) {
      const encoding = encodingFor(entry, file, headers['accept-encoding']);
      // Identity: the app's answer, which hono/compress may still compress.
      answer = encoding === 'identity' ? undefined : entry[encoding];
      if (!answer) return false;
    }
    response.writeHead(answer.status, options.drain?.draining ? answer.closing : answer.headers);
    response.end(answer.body);
    options.log?.(`GET ${url} ${answer.status} ${Math.round(performance.now() - started)}ms`);
    return true;
  };
}
