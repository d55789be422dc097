/**
 * A pass-through in front of the server that records requests by path, whoever sends them:
 * the page, its workers or the media element (neither a page's resource timing, which misses
 * its workers, nor classic WebDriver can see them all). It can also slow the MP3s down, so a
 * journey on loopback can watch a waveform grow while the file arrives.
 */
import { createServer, request } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';

const PIECE = 8 * 1024;

/** Lets bytes through at about `bytesPerSecond`, in small pieces. */
function pacer(bytesPerSecond: number): Transform {
  const started = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const pieces: Buffer[] = [];
      for (let at = 0; at < chunk.length; at += PIECE) pieces.push(chunk.subarray(at, at + PIECE));
      const next = () => {
        const piece = pieces.shift();
        if (!piece) return done();
        sent += piece.length;
        this.push(piece);
        const due = started + (sent / bytesPerSecond) * 1000;
        setTimeout(next, Math.max(0, due - Date.now()));
      };
      next();
    },
  });
}

export interface WatchingProxy {
  /** The ranges asked of a path, in order ("whole" for no Range). */
  requestsTo(path: string): string[];
  /** From now on, MP3s arrive at this rate; null for full speed. */
  paceMp3(bytesPerSecond: number | null): void;
}

export async function startWatchingProxy(listen: number, target: number): Promise<WatchingProxy> {
  const seen = new Map<string, string[]>();
  let mp3Rate: number | null = null;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.set(path, [...(seen.get(path) ?? []), req.headers.range ?? 'whole']);
    const rate = path.endsWith('.mp3') ? mp3Rate : null;
    const upstream = request(
      { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        if (rate) reply.pipe(pacer(rate)).pipe(res);
        else reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(listen, '127.0.0.1', resolve));
  return {
    requestsTo: (path) => seen.get(path) ?? [],
    paceMp3: (bytesPerSecond) => {
      mp3Rate = bytesPerSecond;
    },
  };
}
