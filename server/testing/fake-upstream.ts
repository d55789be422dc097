import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export const MEDIA_BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Misbehaviours chosen by the first path segment: a proxy base URL of `<upstream>/error`
 * makes the provider answer 500, `<upstream>/media-stall?…` a CDN that stalls, and so on.
 */
function misbehave(scenario: string, req: IncomingMessage, res: ServerResponse): void {
  switch (scenario) {
    case 'redirect':
    case 'media-redirect':
      res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data' });
      res.end();
      return;
    case 'slow':
      return; // never answers; the test's afterEach closes it
    case 'slow-body':
    case 'media-stall':
      res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
      res.write('partial');
      return;
    case 'big':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 6000 });
      res.end('x'.repeat(6000));
      return;
    case 'big-chunked':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 6; i += 1) res.write('y'.repeat(1000));
      res.end();
      return;
    case 'error':
      res.writeHead(500, { 'Content-Type': 'application/json', 'Set-Cookie': 'sid=1' });
      res.end(JSON.stringify({ error: 'boom' }));
      return;
    case 'limited':
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7' });
      res.end(JSON.stringify({ code: 429 }));
      return;
    case 'echo-key':
      // A careless provider that repeats the key back, in the body and in headers.
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'X-Echo': String(req.headers.authorization),
        'Cache-Control': `private, note=${String(req.headers.authorization)}`,
      });
      res.end(JSON.stringify({ message: `invalid key ${String(req.headers.authorization)}` }));
      return;
    case 'media.html':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<script>alert(1)</script>');
      return;
    case 'media.svg':
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
      res.end('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      return;
    case 'media-untyped':
      res.writeHead(200);
      res.end('<script>alert(1)</script>');
      return;
    case 'media.mp3':
      return serveMp3(req, res);
    case 'clips':
      return serveClips(req, res);
    default:
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'session=abc; HttpOnly',
        'X-Upstream-Only': '1',
        // As the audit's provider did: a keyed answer must not be cached by anyone on the way.
        'Cache-Control': 'public, max-age=600',
      });
      res.end(JSON.stringify({ ok: true, path: req.url }));
  }
}

/** A title no page may run: markup, quotes, and whatever key the provider was sent. */
export const HOSTILE_TITLE = `"><script>alert(1)</script><img src=x onerror=alert(1)> '`;

/**
 * A provider that knows every clip it is asked about, in either dialect, and titles it with
 * hostile markup and the Authorization it was sent (as a careless provider might echo it).
 */
function serveClips(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const id = url.searchParams.get('ids') ?? '5a1e0001-0000-4000-8000-000000000099';
  const cdn = 'https://cdn1.suno.ai';
  const clip = {
    id,
    title: `${HOSTILE_TITLE} ${String(req.headers.authorization)}`,
    handle: 'night_owl',
    display_name: 'Night <b>Owl</b>',
    status: 'complete',
    audio_url: `${cdn}/${id}.mp3?Expires=1&Signature=s&Key-Pair-Id=k`,
    video_url: `${cdn}/${id}.mp4`,
    image_url: `https://cdn2.suno.ai/image_${id}.jpeg`,
    image_large_url: 'javascript:alert(1)',
    metadata: { tags: 'lo-fi, "quoted", <tag>', duration: 99.5 },
  };
  const body = url.pathname.endsWith('/clips')
    ? { clips: [clip] }
    : { task_id: 't', status: 'complete', clips: [clip] };
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function serveMp3(req: IncomingMessage, res: ServerResponse): void {
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  const common = { 'Content-Type': 'audio/mpeg', 'Accept-Ranges': 'bytes' };
  if (!range) {
    res.writeHead(200, { ...common, 'Content-Length': MEDIA_BYTES.length });
    res.end(req.method === 'HEAD' ? undefined : MEDIA_BYTES);
    return;
  }
  const start = Number(range[1]);
  const end = range[2] ? Number(range[2]) : MEDIA_BYTES.length - 1;
  if (start >= MEDIA_BYTES.length) {
    res.writeHead(416, { 'Content-Range': `bytes */${MEDIA_BYTES.length}` });
    res.end();
    return;
  }
  res.writeHead(206, {
    ...common,
    'Content-Length': end - start + 1,
    'Content-Range': `bytes ${start}-${end}/${MEDIA_BYTES.length}`,
    'Cache-Control': 'public, max-age=60',
    'Set-Cookie': 'tracking=1',
    'X-Internal': 'secret-ish',
  });
  res.end(MEDIA_BYTES.subarray(start, end + 1));
}

/** The fake provider and CDN on 127.0.0.1: records what it saw, and misbehaves by path. */
export interface FakeUpstream {
  url: string;
  port: number;
  seen: Seen[];
  /** Forgets what was seen and drops the connections it was holding open. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const seen: Seen[] = [];
  const held = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      held.add(res);
      res.on('finish', () => held.delete(res));
      misbehave((req.url ?? '').split(/[/?]/)[1] ?? '', req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    reset() {
      seen.length = 0;
      for (const res of held) res.destroy();
      held.clear();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
