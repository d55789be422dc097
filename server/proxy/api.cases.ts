import { expect } from 'vitest';
import { NO_KEY_MESSAGE } from './config.ts';
import { CO_QUERY as CO, COM_CLIPS as COM, fromApp as sameOrigin } from '../testing/calls.ts';
import type { CaseGroup } from '../testing/cases.ts';
import type { Target } from '../testing/targets.ts';

export const ENV_KEY = 'sk-env-key-7f3a9c-never-leak';
const BROWSER_KEY = 'browser-key-123';
function fromApp(app: Target, headers: Record<string, string> = {}): Record<string, string> {
  return sameOrigin(app.origin, { Cookie: app.session, ...headers });
}

const json = { 'Content-Type': 'application/json' };

export const API_CASES: CaseGroup[] = [
  {
    name: 'proxy: the two documented calls',
    cases: [
      {
        name: 'forwards sunoapi.co with the server key in raw form and only the allowed headers',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const body = JSON.stringify({ task_id: 't1' });
          const reply = await app.fetch(`${CO}?x=1`, {
            method: 'POST',
            headers: fromApp(app, {
              ...json,
              Accept: 'application/json',
              Cookie: `${app.session}; app=1`,
              'X-Custom': 'y',
            }),
            body,
          });
          expect(reply.status).toBe(200);
          // Only the parameters the call takes go upstream: this one takes none.
          expect(await reply.json()).toEqual({ ok: true, path: '/suno/v3.5/music/query' });
          expect(reply.headers.get('cache-control')).toBe('private, no-store');
          expect(reply.headers.get('vary')).toMatch(/^Cookie, Authorization/);
          expect(reply.headers.get('set-cookie')).toBeNull();
          expect(reply.headers.get('x-upstream-only')).toBeNull();
          expect(upstream.seen).toHaveLength(1);
          const [got] = upstream.seen;
          expect(got?.method).toBe('POST');
          expect(got?.body).toBe(body);
          expect(got?.headers.authorization).toBe(ENV_KEY);
          expect(got?.headers['content-type']).toBe('application/json');
          expect(got?.headers.accept).toBe('application/json');
          expect(got?.headers.cookie).toBeUndefined();
          expect(got?.headers['x-custom']).toBeUndefined();
          expect(got?.headers.origin).toBeUndefined();
        },
      },
      {
        name: 'forwards sunoapi.com with the server key as Bearer',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const reply = await app.fetch(`${COM}?ids=a,b&key=x&callback=y`, {
            headers: fromApp(app),
          });
          expect(reply.status).toBe(200);
          expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
          expect(upstream.seen[0]?.url).toBe('/api/v2/suno/v3.5/clips?ids=a,b');
          expect(upstream.seen[0]?.headers.authorization).toBe(`Bearer ${ENV_KEY}`);
        },
      },
      {
        name: "forwards the caller's own Authorization as is, browser or not",
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          await app.fetch(CO, {
            method: 'POST',
            headers: fromApp(app, { Authorization: BROWSER_KEY, ...json }),
            body: '{}',
          });
          await app.fetch(`${COM}?ids=a`, { headers: { Authorization: `Bearer ${BROWSER_KEY}` } });
          expect(upstream.seen.map((s) => s.headers.authorization)).toEqual([
            BROWSER_KEY,
            `Bearer ${BROWSER_KEY}`,
          ]);
        },
      },
      {
        name: 'uses the server key when the app sends an empty one',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          await app.fetch(`${COM}?ids=a`, { headers: fromApp(app, { Authorization: 'Bearer ' }) });
          await app.fetch(CO, {
            method: 'POST',
            headers: fromApp(app, { Authorization: '' }),
            body: '{}',
          });
          expect(upstream.seen.map((s) => s.headers.authorization)).toEqual([
            `Bearer ${ENV_KEY}`,
            ENV_KEY,
          ]);
        },
      },
      {
        name: 'never gives the server key to a caller without fetch metadata (curl)',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const cases: Record<string, string>[] = [
            {},
            { Origin: app.origin },
            { Authorization: 'Bearer ' },
          ];
          for (const headers of cases) {
            const reply = await app.fetch(`${COM}?ids=a`, { headers });
            expect(reply.status).toBe(401);
            expect(await reply.json()).toEqual({ code: 401, message: NO_KEY_MESSAGE });
          }
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'answers 401 when there is no key anywhere, without calling upstream',
        async run({ server, upstream }) {
          const app = await server();
          const reply = await app.fetch(`${COM}?ids=a`, { headers: fromApp(app) });
          expect(reply.status).toBe(401);
          expect(await reply.json()).toEqual({ code: 401, message: NO_KEY_MESSAGE });
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'passes upstream error statuses through with Retry-After but no cookies',
        async run({ server }) {
          const failing = await server({ serverKey: ENV_KEY, scenario: 'error' });
          const error = await failing.fetch(`${COM}?ids=a`, { headers: fromApp(failing) });
          expect(error.status).toBe(500);
          expect(await error.json()).toEqual({ error: 'boom' });
          expect(error.headers.get('set-cookie')).toBeNull();
          const limited = await server({ serverKey: ENV_KEY, scenario: 'limited' });
          const reply = await limited.fetch(`${COM}?ids=a`, { headers: fromApp(limited) });
          expect(reply.status).toBe(429);
          expect(reply.headers.get('retry-after')).toBe('7');
        },
      },
    ],
  },
  {
    name: 'proxy: what it refuses before calling anyone',
    cases: [
      {
        name: 'answers 404 to every other path and route, and 405 to other methods',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const own = fromApp(app, json);
          for (const [method, path] of [
            ['POST', '/proxy/sunoapi-co/suno/v3.5/music/generate'],
            ['GET', '/proxy/sunoapi-co/api/v1/account'],
            ['POST', '/proxy/sunoapi-com/api/v2/suno/v3.5/clips/generate'],
            ['GET', '/proxy/sunoapi-co/suno/v3.5/music/query/../generate'],
            ['GET', '/proxy/sunoapi-co/suno/v3.5/music/%2e%2e/generate'],
            ['GET', '/proxy/sunoapi-co'],
            ['GET', '/proxy/evil.example/x'],
            ['GET', '/proxy/media/x'],
            ['GET', `/proxy/sunoapi-com${CO.slice('/proxy/sunoapi-co'.length)}`],
          ]) {
            const reply = await app.fetch(path ?? '', {
              method,
              headers: own,
              body: method === 'POST' ? '{}' : undefined,
            });
            expect(reply.status, path).toBe(404);
          }
          for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
            const reply = await app.fetch(CO, { method, headers: own });
            expect(reply.status, method).toBe(405);
            expect(reply.headers.get('allow')).toBe('POST, OPTIONS');
          }
          const post = await app.fetch(`${COM}?ids=a`, {
            method: 'POST',
            headers: own,
            body: '{}',
          });
          expect(post.status).toBe(405);
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'answers CORS preflight for its own origin only, and refuses cross-site calls',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const preflight = await app.fetch(CO, {
            method: 'OPTIONS',
            headers: { Origin: app.origin, 'Access-Control-Request-Method': 'POST' },
          });
          expect(preflight.status).toBe(204);
          expect(preflight.headers.get('access-control-allow-origin')).toBe(app.origin);
          expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
          const foreign = await app.fetch(CO, {
            method: 'OPTIONS',
            headers: { Origin: 'https://evil.example' },
          });
          expect(foreign.status).toBe(403);
          expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
          const crossSite: Record<string, string>[] = [
            { Origin: 'http://localhost:3000', 'Content-Type': 'text/plain' },
            { 'Sec-Fetch-Site': 'cross-site' },
            { 'Sec-Fetch-Site': 'same-site' },
            { 'Sec-Fetch-Site': 'same-origin', Origin: 'https://evil.example' },
            { 'Sec-Fetch-Site': 'cross-site', Authorization: BROWSER_KEY },
          ];
          for (const headers of crossSite) {
            const reply = await app.fetch(CO, { method: 'POST', headers, body: '{}' });
            expect(reply.status, JSON.stringify(headers)).toBe(403);
          }
          const sameOrigin = await app.fetch(CO, {
            method: 'POST',
            headers: fromApp(app),
            body: '{}',
          });
          expect(sameOrigin.status).toBe(200);
          expect(upstream.seen).toHaveLength(1);
        },
      },
      {
        name: 'refuses request bodies over 64 KB with 413',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const reply = await app.fetch(CO, {
            method: 'POST',
            headers: fromApp(app, json),
            body: 'a'.repeat(65 * 1024),
          });
          expect(reply.status).toBe(413);
          expect(await reply.json()).toMatchObject({ code: 413 });
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'rate-limits each client, answering 429 with Retry-After',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, proxy: { rateLimit: { limit: 3 } } });
          const statuses: number[] = [];
          for (let i = 0; i < 5; i += 1) {
            statuses.push((await app.fetch(`${COM}?ids=a`, { headers: fromApp(app) })).status);
          }
          expect(statuses).toEqual([200, 200, 200, 429, 429]);
          const limited = await app.fetch(`${COM}?ids=a`, { headers: fromApp(app) });
          expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(await limited.json()).toEqual({ code: 429, message: 'Too many requests' });
          expect(upstream.seen).toHaveLength(3);
        },
      },
    ],
  },
];
