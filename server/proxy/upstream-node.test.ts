import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeApp } from '../node-app.ts';
import { startFakeUpstream, type FakeUpstream } from '../testing/fake-upstream.ts';
import type { HostResolver } from './address.ts';
import type { NodeUpstreamOptions } from './upstream-node.ts';

const KEY = 'sk-node-upstream-test-key';
const CO = '/proxy/sunoapi-co/suno/v3.5/music/query';
const COM = '/proxy/sunoapi-com/api/v2/suno/v3.5/clips?ids=a';
const FROM_APP = { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost' };

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterEach(() => upstream.reset());
afterAll(() => upstream.close());

function app(bases: { co?: string; com?: string; media?: string }, options: NodeUpstreamOptions) {
  return createNodeApp({
    mode: 'test',
    env: { SUNO_API_KEY: KEY, SIMULATOR: 'off' },
    proxy: {
      sunoapiCoUrl: bases.co ?? upstream.url,
      sunoapiComUrl: bases.com ?? upstream.url,
      extraMediaOrigins: bases.media ? [bases.media] : [],
      log: () => undefined,
    },
    upstream: options,
  }).app;
}

function media(url: string): string {
  return `/proxy/media?url=${encodeURIComponent(url)}`;
}

/** The address checks exist on Node only: a Worker cannot resolve DNS, nor reach private hosts. */
describe('upstream on Node: addresses', () => {
  it('refuses a configured host that resolves to loopback (localhost is not exempt)', async () => {
    const localhost = `http://localhost:${upstream.port}`;
    const server = app({ co: localhost, media: localhost }, { allowPrivateHosts: ['127.0.0.1'] });
    const api = await server.request(CO, { method: 'POST', headers: FROM_APP, body: '{}' });
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ code: 403, message: 'Address not allowed' });
    const mediaReply = await server.request(media(`${localhost}/media.mp3`));
    expect(mediaReply.status).toBe(403);
    expect(upstream.seen).toHaveLength(0);
  });

  it('refuses a literal private address before any connection', async () => {
    const resolved: string[] = [];
    const resolveHost: HostResolver = async (hostname) => {
      resolved.push(hostname);
      return [{ address: hostname, family: 4 }];
    };
    const server = app({ com: 'http://10.0.0.1:9', media: 'http://10.0.0.1' }, { resolveHost });
    const started = Date.now();
    const api = await server.request(COM, { headers: FROM_APP });
    const mediaReply = await server.request(media('http://10.0.0.1/a.mp3'));
    expect(api.status).toBe(403);
    expect(mediaReply.status).toBe(403);
    expect(resolved).toEqual(['10.0.0.1', '10.0.0.1']);
    // A connect attempt to 10.0.0.1 would hang until the 15 s timeout, not answer at once.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a host when any of its addresses is private (rebinding-style answers)', async () => {
    const server = app(
      { co: 'https://api.sunoapi.co' },
      {
        resolveHost: async () => [
          { address: '104.18.1.1', family: 4 },
          { address: '::ffff:127.0.0.1', family: 6 },
        ],
      },
    );
    const reply = await server.request(CO, { method: 'POST', headers: FROM_APP, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('connects to the resolved, checked address, not to a fresh lookup', async () => {
    const lookups: string[] = [];
    const server = app(
      { co: `http://upstream.test:${upstream.port}` },
      {
        allowPrivateHosts: ['upstream.test'],
        resolveHost: async (hostname) => {
          lookups.push(hostname);
          return [{ address: '127.0.0.1', family: 4 }];
        },
      },
    );
    const reply = await server.request(CO, { method: 'POST', headers: FROM_APP, body: '{}' });
    expect(reply.status).toBe(200);
    expect(lookups).toEqual(['upstream.test']);
    expect(upstream.seen[0]?.headers.host).toBe(`upstream.test:${upstream.port}`);
  });
});
