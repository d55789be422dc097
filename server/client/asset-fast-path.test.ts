import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Drain } from '../drain.ts';
import { createNodeApp } from '../node-app.ts';
import { createNodeServer } from '../node-server.ts';
import { nodeClientFiles } from './files-node.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'clip-viewer-fast-'));
const ASSET = '/assets/app-1a2b3c.js';
const SMALL = '/assets/small-4d5e6f.js';
const text = `console.log(${JSON.stringify('z'.repeat(6000))});`;
mkdirSync(path.join(dir, 'assets'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(path.join(dir, ASSET), text);
writeFileSync(path.join(dir, `${ASSET}.br`), brotliCompressSync(text));
writeFileSync(path.join(dir, `${ASSET}.gz`), gzipSync(text));
writeFileSync(path.join(dir, SMALL), 'console.log(1);');

const drain = new Drain();
const lines: string[] = [];
const node = createNodeApp({
  mode: 'production',
  env: { SIMULATOR: 'off', PUBLIC_ORIGIN: 'https://clips.example' },
  client: nodeClientFiles(dir),
  drain,
  log: (line) => lines.push(line),
});
let fastAnswers = 0;
const counted = node.fastPath && {
  app: node.app,
  fastPath: (...args: Parameters<NonNullable<typeof node.fastPath>>) => {
    const answered = node.fastPath?.(...args) ?? false;
    if (answered) fastAnswers += 1;
    return answered;
  },
};
// The same app twice: through the fast path, and without it (every request through Hono).
const servers: Server[] = [
  createNodeServer(counted ?? node, '127.0.0.1'),
  createNodeServer({ app: node.app, fastPath: undefined }, '127.0.0.1'),
];
const ports: number[] = [];

beforeAll(async () => {
  for (const server of servers) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports.push((server.address() as AddressInfo).port);
  }
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
}

function get(port: number, urlPath: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: false });
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const all: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          if (name.toLowerCase() !== 'date') all[name] = res.rawHeaders[i + 1] ?? '';
        }
        resolve({
          status: res.statusCode,
          headers: all,
          body: Buffer.concat(chunks).toString('base64'),
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The fast server's answer, checked equal to the app's own, and whether it took the fast path. */
async function both(urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  const before = fastAnswers;
  const fast = await get(ports[0] ?? 0, urlPath, headers, method);
  const fastTaken = fastAnswers > before;
  const app = await get(ports[1] ?? 0, urlPath, headers, method);
  expect(fast).toEqual(app);
  return { answer: fast, fastTaken };
}

describe('the fast path for hashed assets', () => {
  it('answers files in memory with the app’s headers, bytes and 304s', async () => {
    expect(node.fastPath).toBeDefined();
    // The first request reads the file, through the app.
    expect((await both(ASSET, { 'Accept-Encoding': 'br' })).fastTaken).toBe(false);
    const br = await both(ASSET, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.fastTaken).toBe(true);
    expect(br.answer.headers['content-encoding']).toBe('br');
    expect(br.answer.headers['strict-transport-security']).toBeDefined();
    expect(br.answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const gz = await both(ASSET, { 'Accept-Encoding': 'gzip' });
    expect(gz.answer.headers['content-encoding']).toBe('gzip');
    const etag = br.answer.headers.etag ?? '';
    const current = await both(ASSET, { 'If-None-Match': etag });
    expect([current.fastTaken, current.answer.status, current.answer.body]).toEqual([
      true,
      304,
      '',
    ]);
    const since = br.answer.headers['last-modified'] ?? '';
    expect(
      (await both(ASSET, { 'If-Modified-Since': since, 'Accept-Encoding': 'br' })).answer.status,
    ).toBe(304);
    expect(
      (await both(ASSET, { 'If-None-Match': '"old"', 'Accept-Encoding': 'br' })).answer.status,
    ).toBe(200);
    const logged = lines.slice(-2).map((line) => line.replace(/\d+ms$/, ''));
    expect(logged).toEqual([`GET ${ASSET} 200 `, `GET ${ASSET} 200 `]);
  });

  it('leaves everything else to the app', async () => {
    await both(SMALL, { 'Accept-Encoding': 'br' });
    const others: [string, Record<string, string>, string][] = [
      [ASSET, { 'Accept-Encoding': 'br' }, 'HEAD'],
      [ASSET, {}, 'GET'],
      [ASSET, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }, 'GET'],
      [`${ASSET}?v=1`, { 'Accept-Encoding': 'br' }, 'GET'],
      [`/assets//${path.basename(ASSET)}`, { 'Accept-Encoding': 'br' }, 'GET'],
      [SMALL, { 'Accept-Encoding': 'br' }, 'GET'],
      ['/assets/missing-0.js', { 'Accept-Encoding': 'br' }, 'GET'],
      [ASSET, { 'Accept-Encoding': 'br', Host: 'Clips.Example' }, 'GET'],
    ];
    for (const [urlPath, headers, method] of others) {
      expect((await both(urlPath, headers, method)).fastTaken).toBe(false);
    }
  });

  it('is off behind ACCESS_PASSWORD, where every file asks for the session', () => {
    const gated = createNodeApp({
      mode: 'production',
      env: { SIMULATOR: 'off', ACCESS_PASSWORD: 'secret' },
      client: nodeClientFiles(dir),
    });
    expect(gated.fastPath).toBeUndefined();
  });

  it('closes each connection after its answer while the server drains', async () => {
    drain.start();
    const br = await both(ASSET, { 'Accept-Encoding': 'br' });
    expect(br.fastTaken).toBe(true);
    expect(br.answer.headers.connection).toBe('close');
  });
});
