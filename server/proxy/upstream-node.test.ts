import { describe, expect, it } from 'vitest';
import { createNodeApp } from '../node-app.ts';
import { CO_QUERY as CO, COM_CLIPS, fromApp, mediaPath as media } from '../testing/calls.ts';
import { fakeUpstreamPerFile } from '../testing/fake-upstream-hooks.ts';
import { TEST_SESSION_SECRET, testSessionCookie } from '../testing/session.ts';
import type { HostResolver } from './address.ts';
import type { NodeUpstreamOptions } from './upstream-node.ts';

const KEY = 'sk-node-upstream-test-key';
const COM = `${COM_CLIPS}?ids=a`;
const FROM_APP = fromApp('http://localhost', { Cookie: await testSessionCookie() });

const fake = fakeUpstreamPerFile();

function app(bases: { co?: string; com?: string; media?: string }, options: NodeUpstreamOptions) {
  return createNodeApp({
    mode: 'test',
    env: { SUNO_API_KEY: KEY, SIMULATOR: 'off', SESSION_SECRET: TEST_SESSION_SECRET },
    proxy: {
      sunoapiCoUrl: bases.co ?? fake().url,
      sunoapiComUrl: bases.com ?? fake().url,
      extraMediaOrigins: bases.media ? [bases.media] : [],
      log: () => undefined,
    },
    upstream: options,
  }).app;
}

/** The address checks exist on Node only: a Worker cannot resolve DNS, nor reach private hosts. */
describe('upstream on Node: addresses', () => {
  it('refuses a configured host that resolves to loopback (localhost is not exempt)', async () => {
    const localhost = `http://localhost:${fake().port}`;
    const server = app({ co: localhost, media: localhost }, { allowPrivateHosts: ['127.0.0.1'] });
    const api = await server.request(CO, { method: 'POST', headers: FROM_APP, body: '{}' });
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ code: 403, message: 'Address not allowed' });
    const mediaReply = await server.request(media(`${localhost}/media.mp3`));
    expect(mediaReply.status).toBe(403);
    expect(fake().seen).toHaveLength(0);
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
      { co: `http://upstream.test:${fake().port}` },
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
    expect(fake().seen[0]?.headers.host).toBe(`upstream.test:${fake().port}`);
  });
});
