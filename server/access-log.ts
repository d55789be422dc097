import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path, status, milliseconds. Never a query string (a media
 * URL or a task ID may be in it) and never a header (a key may be in one).
 */
export function accessLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${ms}ms`);
  };
}

/**
 * The log's lines written together once per turn of the event loop: under load, one write
 * for many requests rather than one each (stdout to a file or pipe is written synchronously
 * on Linux). `flush` writes what is waiting at once, for the process's exit.
 */
export function batchedLines(write: (text: string) => void): {
  log: (line: string) => void;
  flush: () => void;
} {
  let waiting: string[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const text = `${waiting.join('\n')}\n`;
    waiting = [];
    write(text);
  };
  return {
    log(line) {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push(line);
    },
    flush,
  };
}
