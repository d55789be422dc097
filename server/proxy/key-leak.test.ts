import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeApp } from '../node-app.ts';
import { readAll } from '../testing/cases.ts';
import { CO_QUERY as CO, COM_CLIPS, fromApp, mediaPath as media } from '../testing/calls.ts';
import { fakeUpstreamPerFile } from '../testing/fake-upstream-hooks.ts';
import { TEST_SESSION_SECRET, testSessionCookie } from '../testing/session.ts';

const ENV_KEY = 'sk-env-key-7f3a9c-never-leak';
const COM = `${COM_CLIPS}?ids=a`;
const FROM_APP = fromApp('http://localhost', { Cookie: await testSessionCookie() });

const fake = fakeUpstreamPerFile();
afterEach(() => vi.restoreAllMocks());

describe('the key never leaks', () => {
  it('stays out of every response, the access log and every console call', async () => {
    const spies = [
      vi.spyOn(console, 'error').mockImplementation(() => undefined),
      vi.spyOn(console, 'warn').mockImplementation(() => undefined),
      vi.spyOn(console, 'log').mockImplementation(() => undefined),
      vi.spyOn(console, 'info').mockImplementation(() => undefined),
    ];
    const accessLog: string[] = [];
    // No log option for the proxy: its default console logging is what is checked.
    const server = (scenario = '') =>
      createNodeApp({
        mode: 'production',
        env: {
          SUNO_API_KEY: ENV_KEY,
          SESSION_SECRET: TEST_SESSION_SECRET,
          PROXY_SUNOAPI_CO_URL: `${fake().url}${scenario}`,
          PROXY_SUNOAPI_COM_URL: `${fake().url}${scenario}`,
        },
        proxy: {
          extraMediaOrigins: [fake().url, `http://127.0.0.1:${fake().port + 1}`],
          apiTimeoutMs: 300,
          mediaIdleTimeoutMs: 150,
        },
        upstream: { allowPrivateHosts: ['127.0.0.1'], headersTimeoutMs: 150 },
        log: (line) => accessLog.push(line),
      }).app;
    const plain = server();
    const json = { ...FROM_APP, 'Content-Type': 'application/json' };
    const calls: Array<[ReturnType<typeof server>, string, RequestInit]> = [
      [plain, CO, { method: 'POST', headers: json, body: '{}' }],
      [plain, COM, { headers: FROM_APP }],
      [server('/echo-key'), CO, { method: 'POST', headers: json, body: '{}' }],
      [server('/echo-key'), COM, { headers: FROM_APP }],
      [server('/error'), COM, { headers: FROM_APP }],
      [server('/redirect'), COM, { headers: FROM_APP }],
      [server('/slow'), COM, { headers: FROM_APP }],
      [server('/slow-body'), COM, { headers: FROM_APP }],
      [plain, media(`${fake().url}/media-stall`), {}],
      [plain, media(`${fake().url}/media.mp3`), {}],
      // Nothing listens there: a connection error, which is logged.
      [plain, media(`http://127.0.0.1:${fake().port + 1}/a.mp3`), {}],
      [plain, media('https://evil.example/a.mp3'), {}],
      [plain, CO, { method: 'PUT', headers: FROM_APP }],
      [plain, CO, { method: 'POST', headers: FROM_APP, body: 'a'.repeat(70_000) }],
      [plain, CO, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }],
      [plain, `${CO}?key=${ENV_KEY}`, { method: 'POST', headers: json, body: '{}' }],
    ];
    const replies = [];
    for (const [app, path, init] of calls) {
      const response = await app.request(path, init);
      replies.push({
        status: response.status,
        headers: response.headers,
        body: await readAll(response),
      });
    }
    expect(replies.map((r) => r.status)).toEqual([
      200, 200, 401, 401, 500, 502, 504, 504, 200, 200, 502, 403, 405, 413, 403, 200,
    ]);
    // The upstream really did receive the key, so the checks below are not vacuous.
    expect(fake().seen.some((s) => s.headers.authorization === ENV_KEY)).toBe(true);
    expect(replies[2]?.body.text).toContain('[redacted]');
    for (const reply of replies) {
      expect(reply.body.text).not.toContain(ENV_KEY);
      expect(JSON.stringify([...reply.headers])).not.toContain(ENV_KEY);
    }
    const logged = spies.flatMap((spy) => spy.mock.calls.map((args) => JSON.stringify(args)));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of [...logged, ...accessLog]) expect(line).not.toContain(ENV_KEY);
    // One line a request, with no query string at all.
    expect(accessLog).toHaveLength(calls.length);
    expect(accessLog.every((line) => !line.includes('?'))).toBe(true);
    expect(accessLog[0]).toMatch(/^POST \/proxy\/sunoapi-co\/suno\/v3\.5\/music\/query 200 \d+ms$/);
  });
});
