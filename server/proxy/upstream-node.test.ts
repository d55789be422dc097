import { describe, expect, it } from 'vitest';
import { createNodeApp } from '../node-app.ts';
import { CO_QUERY as CO, fromApp, mediaPath as media } from '../testing/calls.ts';
import { fakeUpstreamPerFile } from '../testing/fake-upstream-hooks.ts';
import { TEST_SESSION_SECRET, testSessionCookie } from '../testing/session.ts';
import type { HostResolver } from './address.ts';
import type { NodeUpstreamOptions } from './upstream-node.ts';

const KEY = 'sk-node-upstream-test-key';
const FROM_APP = fromApp('http://localhost', { Cookie: await testSessionCookie() });

const fake = fakeUpstreamPerFile();

function app(bases: { co?: string; com?: string; media?: string }, options: NodeUpstreamOptions) {
  return createNodeApp({
    mode: 'test',
    env: { SUNO_API_KEY: KEY, SIMULATOR: 'off', SESSION_SECRET: TEST_SESSION_SECRET },
    proxy: {
      baseUrls: { 'sunoapi-co': bases.co ?? fake().url, 'sunoapi-com': bases.com ?? fake().url },
      extraMediaOrigins: bases.media ? [bases.media] : [],
      log: () => undefined,
    },
    upstream: options,
  }).app;
}

/** The address checks exist on Node only: a Worker cannot resolve DNS, nor reach private hosts. */
describe('upstream on Node: addresses', () => {
  it('trusts an upstream the operator configured on loopback (a self-hosted server)', async () => {
    const server = createNodeApp({
      mode: 'test',
      env: {
        SUNO_API_KEY: KEY,
        SIMULATOR: 'off',
        PROXY_SUNOAPI_CO_URL: `http://localhost:${fake().port}`,
        SESSION_SECRET: TEST_SESSION_SECRET,
      },
      proxy: { log: () => undefined },
    }).app;
    const api = await server.request(CO, { method: 'POST', headers: FROM_APP, body: '{}' });
    expect(api.status).toBe(200);
    expect(fake().seen).toHaveLength(1);
  });

  it('refuses loopback media that no configuration names (localhost is not exempt)', async () => {
    const localhost = `http://localhost:${fake().port}`;
    const server = app({ media: localhost }, { allowPrivateHosts: ['127.0.0.1'] });
    const mediaReply = await server.request(media(`${localhost}/media.mp3`));
    expect(mediaReply.status).toBe(403);
    expect(await mediaReply.text()).toContain('Address not allowed');
    expect(fake().seen).toHaveLength(0);
  });

  it('refuses a literal private address before any connection', async () => {
    const resolved: string[] = [];
    const resolveHost: HostResolver = async (hostname) => {
      resolved.push(hostname);
      return [{ address: hostname, family: 4 }];
    };
    const server = app({ media: 'http://10.0.0.1' }, { resolveHost });
    const started = Date.now();
    const mediaReply = await server.request(media('http://10.0.0.1/a.mp3'));
    expect(mediaReply.status).toBe(403);
    expect(resolved).toEqual(['10.0.0.1']);
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
