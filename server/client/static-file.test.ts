import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeApp } from '../node-app.ts';
import { Drain } from '../drain.ts';
import { nodeClientFiles } from './files-node.ts';
import { chooseEncoding } from './static-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'clip-viewer-static-'));
const text = `console.log(${JSON.stringify('y'.repeat(5000))});`;
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(path.join(dir, 'app.js'), text);
writeFileSync(path.join(dir, 'app.js.br'), brotliCompressSync(text));
writeFileSync(path.join(dir, 'app.js.gz'), gzipSync(text));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const drain = new Drain();
const { app } = createNodeApp({
  mode: 'production',
  env: { SIMULATOR: 'off' },
  client: nodeClientFiles(dir),
  drain,
});

describe('precompressed files', () => {
  it('prefers brotli, then gzip, never an encoding refused with q=0', () => {
    const both = { br: new Uint8Array(1), gzip: new Uint8Array(1) };
    expect(chooseEncoding('gzip, deflate, br', both)).toBe('br');
    expect(chooseEncoding('gzip, br;q=0', both)).toBe('gzip');
    expect(chooseEncoding('identity', both)).toBe('identity');
    expect(chooseEncoding(null, both)).toBe('identity');
    expect(chooseEncoding('*', { gzip: new Uint8Array(1) })).toBe('gzip');
  });

  it('sends the build’s bytes with their length, and 304 when the copy is current', async () => {
    const br = await app.request('/app.js', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const bytes = new Uint8Array(await br.arrayBuffer());
    expect(br.headers.get('content-length')).toBe(String(bytes.length));
    expect(bytes.length).toBeLessThan(text.length / 10);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const gz = await app.request('/app.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/app.js');
    expect(await plain.text()).toBe(text);

    const etag = br.headers.get('etag') ?? '';
    const again = await app.request('/app.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const since = br.headers.get('last-modified') ?? '';
    const dated = await app.request('/app.js', { headers: { 'If-Modified-Since': since } });
    expect(dated.status).toBe(304);
    const stale = await app.request('/app.js', { headers: { 'If-None-Match': '"other"' } });
    expect(stale.status).toBe(200);
  });
});

describe('drain', () => {
  it('turns /healthz 503 and closes each connection after its answer', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    drain.start();
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    expect(health.headers.get('connection')).toBe('close');
    const page = await app.request('/app.js');
    expect(page.status).toBe(200);
    expect(page.headers.get('connection')).toBe('close');
  });
});
