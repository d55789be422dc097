import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MEDIA_ORIGINS,
  NO_KEY_MESSAGE,
  apiTarget,
  authorizationFor,
  checkMediaUrl,
  createProxyMiddleware,
  parseBaseUrl,
  parseProxyPath,
  redactSecrets,
  type ProxyOptions,
} from './proxy.ts';

const ENV_KEY = 'sk-env-key-7f3a9c-never-leak';
const BROWSER_KEY = 'browser-key-123';
const CO_QUERY = '/suno/v3.5/music/query';
const COM_CLIPS = '/api/v2/suno/v3.5/clips';
const MEDIA_BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The fake provider and CDN: records what it saw, and misbehaves by path. */
const seen: Seen[] = [];
const held: ServerResponse[] = [];
let upstream: Server;
let upstreamPort = 0;
let upstreamUrl = '';

function handleUpstream(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '').split('?')[0];
  switch (path) {
    case '/redirect':
    case '/media-redirect':
      res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data' });
      res.end();
      return;
    case '/slow':
      held.push(res); // never answers
      return;
    case '/slow-body':
    case '/media-stall':
      res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
      res.write('partial');
      held.push(res);
      return;
    case '/big':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 6000 });
      res.end('x'.repeat(6000));
      return;
    case '/big-chunked':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 6; i += 1) res.write('y'.repeat(1000));
      res.end();
      return;
    case '/error':
      res.writeHead(500, { 'Content-Type': 'application/json', 'Set-Cookie': 'sid=1' });
      res.end(JSON.stringify({ error: 'boom' }));
      return;
    case '/limited':
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7' });
      res.end(JSON.stringify({ code: 429 }));
      return;
    case '/echo-key':
      // A careless provider that repeats the key back, in the body and in headers.
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'X-Echo': String(req.headers.authorization),
        'Cache-Control': `private, note=${String(req.headers.authorization)}`,
      });
      res.end(JSON.stringify({ message: `invalid key ${String(req.headers.authorization)}` }));
      return;
    case '/media.mp3': {
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
      return;
    }
    default:
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'session=abc; HttpOnly',
        'X-Upstream-Only': '1',
      });
      res.end(JSON.stringify({ ok: true, path: req.url }));
  }
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  raw: Buffer;
  aborted: boolean;
}

function call(
  port: number,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: init.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let aborted = false;
        const done = () => {
          const raw = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: raw.toString('utf8'),
            raw,
            aborted,
          });
        };
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('aborted', () => (aborted = true));
        res.on('error', () => (aborted = true));
        res.on('close', done);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The middleware under test, in a plain node:http server whose next() answers 404 "next". */
async function startProxy(options: ProxyOptions): Promise<{ port: number; close: () => void }> {
  const middleware = createProxyMiddleware(options);
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

function baseOptions(extra: ProxyOptions = {}): ProxyOptions {
  return {
    sunoapiCoUrl: upstreamUrl,
    sunoapiComUrl: upstreamUrl,
    extraMediaOrigins: [upstreamUrl],
    allowPrivateHosts: ['127.0.0.1'],
    env: { SUNO_API_KEY: ENV_KEY },
    log: () => undefined,
    ...extra,
  };
}

function mediaPath(url: string): string {
  return `/proxy/media?url=${encodeURIComponent(url)}`;
}

const proxies: Array<{ close: () => void }> = [];
async function proxy(extra: ProxyOptions = {}): Promise<number> {
  const started = await startProxy(baseOptions(extra));
  proxies.push(started);
  return started.port;
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handleUpstream(req, res);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;
  upstreamUrl = `http://127.0.0.1:${upstreamPort}`;
});

afterEach(() => {
  seen.length = 0;
  for (const res of held.splice(0)) res.destroy();
});

afterAll(() => {
  for (const p of proxies.splice(0)) p.close();
  upstream.closeAllConnections();
  upstream.close();
});

describe('pure pieces', () => {
  it('builds API targets from the base only', () => {
    const base = parseBaseUrl('https://api.sunoapi.co/', 'test');
    expect(apiTarget(base, CO_QUERY, '?a=1')?.href).toBe(`https://api.sunoapi.co${CO_QUERY}?a=1`);
    expect(apiTarget(base, '//evil.example/x', '')?.origin).toBe('https://api.sunoapi.co');
    expect(apiTarget(base, '/../x', '')).toBeNull();
    expect(apiTarget(base, '/%2e%2e/x', '')).toBeNull();
    expect(apiTarget(base, '@evil.example', '')).toBeNull();
    const withPath = parseBaseUrl('https://api.example/v1/', 'test');
    expect(apiTarget(withPath, '/clips', '')?.href).toBe('https://api.example/v1/clips');
  });

  it('refuses bad base URLs at startup', () => {
    expect(() => parseBaseUrl('ftp://x.example', 'B')).toThrow('B must be http or https');
    expect(() => parseBaseUrl('https://u:p@x.example', 'B')).toThrow('credentials');
    expect(() => parseBaseUrl('not a url', 'B')).toThrow('not an absolute URL');
  });

  it('checks media URLs by exact origin', () => {
    const allowed = new Set(MEDIA_ORIGINS);
    expect(checkMediaUrl('https://cdn1.suno.ai/a.mp3', allowed).ok).toBe(true);
    expect(checkMediaUrl('https://CDN2.suno.ai:443/a.mp3', allowed).ok).toBe(true);
    for (const bad of [
      'https://evil.example/a.mp3',
      'http://cdn1.suno.ai/a.mp3',
      'https://cdn1.suno.ai:8443/a.mp3',
      'https://user:pw@cdn1.suno.ai/a.mp3',
      'ftp://cdn1.suno.ai/a.mp3',
      'file:///etc/passwd',
      'https://cdn1.suno.ai.evil.example/a.mp3',
      '/relative.mp3',
    ]) {
      expect(checkMediaUrl(bad, allowed).ok, bad).toBe(false);
    }
  });

  it('chooses the Authorization: browser first, then the server key per provider', () => {
    expect(authorizationFor('sunoapi-co', undefined, 'k')).toBe('k');
    expect(authorizationFor('sunoapi-com', undefined, 'k')).toBe('Bearer k');
    expect(authorizationFor('sunoapi-com', 'Bearer b', 'k')).toBe('Bearer b');
    expect(authorizationFor('sunoapi-co', '', undefined)).toBeUndefined();
    expect(authorizationFor('sunoapi-com', 'Bearer ', 'k')).toBe('Bearer k');
    expect(authorizationFor('sunoapi-com', 'bearer', undefined)).toBeUndefined();
    expect(authorizationFor('sunoapi-co', '', 'k')).toBe('k');
  });

  it('redacts secrets and splits proxy paths', () => {
    const text = Buffer.from('a LONGSECRET b LONGSECRET short');
    expect(redactSecrets(text, ['LONGSECRET!', 'LONGSECRET', 'short']).toString()).toBe(
      'a [redacted] b [redacted] short',
    );
    expect(parseProxyPath('/proxy/sunoapi-co/a/b?x=1')).toEqual({
      route: 'sunoapi-co',
      rest: '/a/b',
      search: '?x=1',
    });
    expect(parseProxyPath('/proxyx/a')).toBeNull();
    expect(parseProxyPath('/src/main.tsx')).toBeNull();
  });
});

describe('API forwarding', () => {
  it('forwards sunoapi.co with the env key in raw form and only the allowed headers', async () => {
    const port = await proxy();
    const body = JSON.stringify({ task_id: 't1' });
    const reply = await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}?x=1`, {
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Cookie: 'app=1',
        'X-Custom': 'y',
        'User-Agent': 'test-browser',
      },
      body,
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, path: `${CO_QUERY}?x=1` });
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-upstream-only']).toBeUndefined();
    expect(seen).toHaveLength(1);
    const [got] = seen;
    expect(got?.method).toBe('POST');
    expect(got?.url).toBe(`${CO_QUERY}?x=1`);
    expect(got?.body).toBe(body);
    expect(got?.headers.authorization).toBe(ENV_KEY);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers.accept).toBe('application/json');
    expect(got?.headers.cookie).toBeUndefined();
    expect(got?.headers['x-custom']).toBeUndefined();
    expect(got?.headers['user-agent']).toBeUndefined();
  });

  it('forwards sunoapi.com with the env key as Bearer', async () => {
    const port = await proxy();
    const reply = await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a,b`);
    expect(reply.status).toBe(200);
    expect(seen[0]?.url).toBe(`${COM_CLIPS}?ids=a,b`);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${ENV_KEY}`);
  });

  it("forwards the browser's own Authorization as is, for both providers", async () => {
    const port = await proxy();
    await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Authorization: BROWSER_KEY, 'Content-Type': 'application/json' },
      body: '{}',
    });
    await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`, {
      headers: { Authorization: `Bearer ${BROWSER_KEY}` },
    });
    expect(seen.map((s) => s.headers.authorization)).toEqual([
      BROWSER_KEY,
      `Bearer ${BROWSER_KEY}`,
    ]);
  });

  it('uses the env key when the app sends an empty key', async () => {
    const port = await proxy();
    await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`, {
      headers: { Authorization: 'Bearer ' },
    });
    await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Authorization: '' },
      body: '{}',
    });
    expect(seen.map((s) => s.headers.authorization)).toEqual([`Bearer ${ENV_KEY}`, ENV_KEY]);
  });

  it('answers 401 JSON when there is no key anywhere, without calling upstream', async () => {
    const port = await proxy({ env: {} });
    const reply = await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({ code: 401, message: NO_KEY_MESSAGE });
    expect(seen).toHaveLength(0);
  });

  it('passes upstream error statuses through with Retry-After but no cookies', async () => {
    const port = await proxy();
    const error = await call(port, 'GET', '/proxy/sunoapi-co/error');
    expect(error.status).toBe(500);
    expect(JSON.parse(error.body)).toEqual({ error: 'boom' });
    expect(error.headers['set-cookie']).toBeUndefined();
    const limited = await call(port, 'GET', '/proxy/sunoapi-co/limited');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
  });

  it('takes the base URLs from env when options do not set them', async () => {
    const port = await proxy({
      sunoapiCoUrl: undefined,
      sunoapiComUrl: undefined,
      env: { SUNO_API_KEY: ENV_KEY, PROXY_SUNOAPI_COM_URL: `${upstreamUrl}/base` },
    });
    const reply = await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=z`);
    expect(reply.status).toBe(200);
    expect(seen[0]?.url).toBe(`/base${COM_CLIPS}?ids=z`);
  });

  it('leaves other paths to next() and refuses unknown routes and methods', async () => {
    const port = await proxy();
    expect((await call(port, 'GET', '/src/main.tsx')).body).toBe('next');
    expect((await call(port, 'GET', '/proxy-not/x')).body).toBe('next');
    const unknown = await call(port, 'GET', '/proxy/evil.example/x');
    expect(unknown.status).toBe(404);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const reply = await call(port, method, `/proxy/sunoapi-co${CO_QUERY}`);
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    }
    const media = await call(port, 'POST', mediaPath(`${upstreamUrl}/media.mp3`));
    expect(media.status).toBe(405);
    expect(seen).toHaveLength(0);
  });

  it('answers CORS preflight for its own origin only, and refuses cross-site calls', async () => {
    const port = await proxy();
    const own = `http://127.0.0.1:${port}`;
    const preflight = await call(port, 'OPTIONS', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Origin: own, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(own);
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
    const foreign = await call(port, 'OPTIONS', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const crossPost = await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Origin: 'http://localhost:3000', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(crossPost.status).toBe(403);
    const crossSite = await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { Origin: own, 'Sec-Fetch-Site': 'same-origin' },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('refuses request bodies over 64 KB with 413', async () => {
    const port = await proxy();
    const reply = await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, {
      headers: { 'Content-Type': 'application/json' },
      body: 'a'.repeat(65 * 1024),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ code: 413 });
    expect(seen).toHaveLength(0);
  });
});

describe('safety', () => {
  it('refuses media hosts, schemes, credentials and ports not on the allow-list', async () => {
    const port = await proxy();
    for (const url of [
      'https://evil.example/a.mp3',
      `http://127.0.0.1:${upstreamPort + 1}/media.mp3`,
      `http://user:pw@127.0.0.1:${upstreamPort}/media.mp3`,
      'http://cdn1.suno.ai/a.mp3',
      'https://cdn1.suno.ai:8443/a.mp3',
      'ftp://cdn1.suno.ai/a.mp3',
      'file:///etc/passwd',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      const reply = await call(port, 'GET', mediaPath(url));
      expect(reply.status, url).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ code: 403 });
    }
    expect((await call(port, 'GET', '/proxy/media')).status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('refuses a configured host that resolves to loopback (localhost is not exempt)', async () => {
    const localhostUrl = `http://localhost:${upstreamPort}`;
    const port = await proxy({ sunoapiCoUrl: localhostUrl, extraMediaOrigins: [localhostUrl] });
    const api = await call(port, 'GET', `/proxy/sunoapi-co${CO_QUERY}`);
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toEqual({ code: 403, message: 'Address not allowed' });
    const media = await call(port, 'GET', mediaPath(`${localhostUrl}/media.mp3`));
    expect(media.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it('refuses a literal private address before any connection', async () => {
    const resolved: string[] = [];
    const port = await proxy({
      sunoapiComUrl: 'http://10.0.0.1:9',
      extraMediaOrigins: ['http://10.0.0.1'],
      resolveHost: async (hostname) => {
        resolved.push(hostname);
        return [{ address: hostname, family: 4 }];
      },
    });
    const started = Date.now();
    const api = await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`);
    const media = await call(port, 'GET', mediaPath('http://10.0.0.1/a.mp3'));
    expect(api.status).toBe(403);
    expect(media.status).toBe(403);
    expect(resolved).toEqual(['10.0.0.1', '10.0.0.1']);
    // A connect attempt to 10.0.0.1 would hang until the 15 s timeout, not answer at once.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a host when any of its addresses is private (rebinding-style answers)', async () => {
    const port = await proxy({
      sunoapiCoUrl: 'https://api.sunoapi.co',
      resolveHost: async () => [
        { address: '104.18.1.1', family: 4 },
        { address: '::ffff:127.0.0.1', family: 6 },
      ],
    });
    const reply = await call(port, 'GET', `/proxy/sunoapi-co${CO_QUERY}`);
    expect(reply.status).toBe(403);
  });

  it('connects to the resolved, checked address, not to a fresh lookup', async () => {
    const lookups: string[] = [];
    const port = await proxy({
      sunoapiCoUrl: `http://upstream.test:${upstreamPort}`,
      allowPrivateHosts: ['upstream.test'],
      resolveHost: async (hostname) => {
        lookups.push(hostname);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const reply = await call(port, 'GET', `/proxy/sunoapi-co${CO_QUERY}`);
    expect(reply.status).toBe(200);
    expect(lookups).toEqual(['upstream.test']);
    expect(seen[0]?.headers.host).toBe(`upstream.test:${upstreamPort}`);
  });

  it('does not follow redirects: 502 "upstream redirected", no Location', async () => {
    const port = await proxy();
    for (const path of ['/proxy/sunoapi-co/redirect', mediaPath(`${upstreamUrl}/media-redirect`)]) {
      const reply = await call(port, 'GET', path);
      expect(reply.status, path).toBe(502);
      expect(JSON.parse(reply.body)).toEqual({ code: 502, message: 'upstream redirected' });
      expect(reply.headers.location).toBeUndefined();
    }
    expect(seen).toHaveLength(2);
  });

  it('answers 504 when upstream sends no headers in time', async () => {
    const port = await proxy({ headersTimeoutMs: 150 });
    const api = await call(port, 'GET', '/proxy/sunoapi-co/slow');
    expect(api.status).toBe(504);
    expect(JSON.parse(api.body)).toEqual({ code: 504, message: 'Upstream timed out' });
    const media = await call(port, 'GET', mediaPath(`${upstreamUrl}/slow`));
    expect(media.status).toBe(504);
  });

  it('answers 504 when an API body does not finish within the total timeout', async () => {
    const port = await proxy({ apiTimeoutMs: 250 });
    const reply = await call(port, 'GET', '/proxy/sunoapi-co/slow-body');
    expect(reply.status).toBe(504);
    expect(reply.body).not.toContain('partial');
  });

  it('cuts a media stream that stalls after it started', async () => {
    const port = await proxy({ mediaIdleTimeoutMs: 200 });
    const reply = await call(port, 'GET', mediaPath(`${upstreamUrl}/media-stall`));
    expect(reply.status).toBe(200);
    expect(reply.aborted).toBe(true);
    expect(reply.body).toBe('partial');
  });

  it('answers 502 for API responses over the size limit (declared or streamed)', async () => {
    const port = await proxy({ maxApiResponseBytes: 4096 });
    for (const path of ['/proxy/sunoapi-co/big', '/proxy/sunoapi-co/big-chunked']) {
      const reply = await call(port, 'GET', path);
      expect(reply.status, path).toBe(502);
      expect(JSON.parse(reply.body)).toEqual({ code: 502, message: 'Upstream response too large' });
    }
  });

  it('refuses media over the size cap', async () => {
    const port = await proxy({ maxMediaBytes: 500 });
    const reply = await call(port, 'GET', mediaPath(`${upstreamUrl}/media.mp3`));
    expect(reply.status).toBe(502);
  });
});

describe('media', () => {
  it('passes a Range request through as 206 with CORS and only the listed headers', async () => {
    const port = await proxy();
    const reply = await call(port, 'GET', mediaPath(`${upstreamUrl}/media.mp3`), {
      headers: { Range: 'bytes=100-199', Authorization: BROWSER_KEY, Cookie: 'a=1' },
    });
    expect(reply.status).toBe(206);
    expect(reply.raw.equals(MEDIA_BYTES.subarray(100, 200))).toBe(true);
    expect(reply.headers['content-range']).toBe('bytes 100-199/1000');
    expect(reply.headers['content-length']).toBe('100');
    expect(reply.headers['accept-ranges']).toBe('bytes');
    expect(reply.headers['content-type']).toBe('audio/mpeg');
    expect(reply.headers['cache-control']).toBe('public, max-age=60');
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['access-control-expose-headers']).toContain('Content-Range');
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-internal']).toBeUndefined();
    expect(seen[0]?.headers.range).toBe('bytes=100-199');
    // Media never carries a key or the browser's cookies upstream.
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.headers.cookie).toBeUndefined();
  });

  it('passes 200, 416 and HEAD through', async () => {
    const port = await proxy();
    const full = await call(port, 'GET', mediaPath(`${upstreamUrl}/media.mp3`));
    expect(full.status).toBe(200);
    expect(full.raw.equals(MEDIA_BYTES)).toBe(true);
    const head = await call(port, 'HEAD', mediaPath(`${upstreamUrl}/media.mp3`));
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('1000');
    expect(head.raw.length).toBe(0);
    const past = await call(port, 'GET', mediaPath(`${upstreamUrl}/media.mp3`), {
      headers: { Range: 'bytes=5000-' },
    });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */1000');
    const preflight = await call(port, 'OPTIONS', mediaPath(`${upstreamUrl}/media.mp3`), {
      headers: { Origin: 'https://anywhere.example' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('the key never leaks', () => {
  const saved = process.env.SUNO_API_KEY;
  afterEach(() => {
    if (saved === undefined) delete process.env.SUNO_API_KEY;
    else process.env.SUNO_API_KEY = saved;
    vi.restoreAllMocks();
  });

  it('keeps an env key out of every response and every console call', async () => {
    process.env.SUNO_API_KEY = ENV_KEY;
    const spies = [
      vi.spyOn(console, 'error').mockImplementation(() => undefined),
      vi.spyOn(console, 'warn').mockImplementation(() => undefined),
      vi.spyOn(console, 'log').mockImplementation(() => undefined),
    ];
    // No env or log option: the real process.env and the default console logging.
    const started = await startProxy({
      sunoapiCoUrl: upstreamUrl,
      sunoapiComUrl: upstreamUrl,
      extraMediaOrigins: [upstreamUrl, `http://127.0.0.1:${upstreamPort + 1}`],
      allowPrivateHosts: ['127.0.0.1'],
      headersTimeoutMs: 150,
      apiTimeoutMs: 300,
      mediaIdleTimeoutMs: 150,
    });
    proxies.push(started);
    const { port } = started;
    const json = { 'Content-Type': 'application/json' };
    const replies = [
      await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, { headers: json, body: '{}' }),
      await call(port, 'GET', `/proxy/sunoapi-com${COM_CLIPS}?ids=a`),
      await call(port, 'GET', '/proxy/sunoapi-co/echo-key'),
      await call(port, 'GET', '/proxy/sunoapi-com/echo-key'),
      await call(port, 'GET', '/proxy/sunoapi-co/error'),
      await call(port, 'GET', '/proxy/sunoapi-co/redirect'),
      await call(port, 'GET', '/proxy/sunoapi-co/slow'),
      await call(port, 'GET', '/proxy/sunoapi-co/slow-body'),
      await call(port, 'GET', mediaPath(`${upstreamUrl}/media-stall`)),
      await call(port, 'GET', mediaPath(`${upstreamUrl}/media.mp3`)),
      // Nothing listens there: a connection error, which is logged.
      await call(port, 'GET', mediaPath(`http://127.0.0.1:${upstreamPort + 1}/a.mp3`)),
      await call(port, 'GET', mediaPath('https://evil.example/a.mp3')),
      await call(port, 'PUT', `/proxy/sunoapi-co${CO_QUERY}`),
      await call(port, 'POST', `/proxy/sunoapi-co${CO_QUERY}`, { body: 'a'.repeat(70_000) }),
      await call(port, 'OPTIONS', `/proxy/sunoapi-co${CO_QUERY}`, {
        headers: { Origin: 'https://evil.example' },
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([
      200, 200, 401, 401, 500, 502, 504, 504, 200, 200, 502, 403, 405, 413, 403,
    ]);
    // The upstream really did receive the key, so the checks below are not vacuous.
    expect(seen.some((s) => s.headers.authorization === ENV_KEY)).toBe(true);
    expect(replies[2]?.body).toContain('[redacted]');
    for (const reply of replies) {
      expect(reply.body).not.toContain(ENV_KEY);
      expect(JSON.stringify(reply.headers)).not.toContain(ENV_KEY);
    }
    const logged = spies.flatMap((spy) => spy.mock.calls.map((args) => JSON.stringify(args)));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).not.toContain(ENV_KEY);
  });
});
