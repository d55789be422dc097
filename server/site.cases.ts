import { expect } from 'vitest';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from './security-headers.ts';
import { ROBOTS_TXT } from './service-routes.ts';
import { CO_QUERY as PROXY_CO_QUERY, mediaPath } from './testing/calls.ts';
import type { CaseGroup } from './testing/cases.ts';
import {
  FIXTURE_ASSET,
  FIXTURE_HTML,
  FIXTURE_MANIFEST,
  FIXTURE_SERVICE_WORKER,
} from './testing/fixture-client.ts';

const CO_QUERY = '/suno/v3.5/music/query';

function expectSecurityHeaders(response: Response, label: string): void {
  const headers = response.headers;
  expect(headers.get('content-security-policy'), label).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(headers.get('referrer-policy'), label).toBe('no-referrer');
  expect(headers.get('permissions-policy'), label).toBe(PERMISSIONS_POLICY);
  expect(headers.get('cross-origin-opener-policy'), label).toBe('same-origin');
}

export const SITE_CASES: CaseGroup[] = [
  {
    name: 'the built app',
    cases: [
      {
        name: 'serves index.html at / and at deep links, never cached without asking',
        async run({ server }) {
          const app = await server();
          for (const path of ['/', '/task/5a1e0001-0000-4000-8000-000000000001', '/clips/a,b']) {
            const response = await app.fetch(path);
            expect(response.status, path).toBe(200);
            expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
            expect(response.headers.get('cache-control'), path).toBe('no-cache');
            expect(await response.text(), path).toBe(FIXTURE_HTML);
          }
        },
      },
      {
        name: 'serves hashed assets as immutable and other files briefly',
        async run({ server }) {
          const app = await server();
          const asset = await app.fetch(FIXTURE_ASSET);
          expect(asset.status).toBe(200);
          expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
          expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
          expect(await asset.text()).toContain('console.log');
          const head = await app.fetch(FIXTURE_ASSET, { method: 'HEAD' });
          expect(head.status).toBe(200);
          expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
          expect(await head.text()).toBe('');
          const icon = await app.fetch('/favicon.svg');
          expect(icon.status).toBe(200);
          expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
        },
      },
      {
        name: 'serves the service worker checked at every update, and the manifest as one',
        async run({ server }) {
          const app = await server();
          const worker = await app.fetch('/sw.js');
          expect(worker.status).toBe(200);
          expect(worker.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
          // An hour's cache would keep people on the old release for that hour.
          expect(worker.headers.get('cache-control')).toBe('no-cache');
          expect(await worker.text()).toBe(FIXTURE_SERVICE_WORKER);
          expectSecurityHeaders(worker, '/sw.js');
          const manifest = await app.fetch('/manifest.webmanifest');
          expect(manifest.status).toBe(200);
          expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
          expect(await manifest.text()).toBe(FIXTURE_MANIFEST);
        },
      },
      {
        name: 'never serves source maps, dotfiles, or missing files as the app',
        async run({ server }) {
          const app = await server();
          for (const path of [`${FIXTURE_ASSET}.map`, '/.env', '/assets/nope.js', '/x.png']) {
            const response = await app.fetch(path);
            expect(response.status, path).toBe(404);
            expect(await response.text(), path).not.toContain('<html');
          }
        },
      },
      {
        name: 'compresses text, and small answers never',
        async run({ server }) {
          const app = await server();
          const asset = await app.fetch(FIXTURE_ASSET, { headers: { 'Accept-Encoding': 'gzip' } });
          // On Node the app gzips; on Workers the runtime does (and Cloudflare's edge).
          expect(asset.headers.get('content-encoding')).toBe('gzip');
          if (app.platform === 'node')
            expect(asset.headers.get('vary')).toContain('Accept-Encoding');
          expect(await asset.text()).toContain('x'.repeat(4000));
          const plain = await app.fetch(FIXTURE_ASSET, {
            headers: { 'Accept-Encoding': 'identity' },
          });
          expect(plain.headers.get('content-encoding')).toBeNull();
          if (app.platform === 'node') {
            const health = await app.fetch('/healthz', { headers: { 'Accept-Encoding': 'gzip' } });
            expect(health.headers.get('content-encoding')).toBeNull();
          }
        },
      },
      {
        name: 'answers robots.txt with real text and /healthz with {ok:true}',
        async run({ server }) {
          const app = await server();
          const robots = await app.fetch('/robots.txt');
          expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
          expect(await robots.text()).toBe(ROBOTS_TXT);
          const health = await app.fetch('/healthz');
          expect(health.status).toBe(200);
          expect(await health.json()).toEqual({ ok: true });
        },
      },
    ],
  },
  {
    name: 'security headers',
    cases: [
      {
        name: 'are on pages, assets, the proxy, the simulator, health checks and 404s',
        async run({ server }) {
          const app = await server({ serverKey: 'sk-headers-test-key' });
          const paths = [
            '/',
            '/task/abc',
            FIXTURE_ASSET,
            '/favicon.svg',
            '/robots.txt',
            '/healthz',
            '/sim',
            '/sim/sunoapi-co/suno/v3.5/music/query',
            '/sim/nope',
            PROXY_CO_QUERY,
            '/proxy/sunoapi-co/suno/v3.5/music/generate',
            '/proxy/unknown/x',
            '/assets/missing.js',
            `${FIXTURE_ASSET}.map`,
          ];
          for (const path of paths) {
            expectSecurityHeaders(await app.fetch(path), path);
            expectSecurityHeaders(await app.fetch(path, { method: 'POST', body: '{}' }), path);
          }
        },
      },
      {
        name: 'give relayed media a sandbox policy, refusals included',
        async run({ server, upstream }) {
          const app = await server();
          for (const url of [`${upstream.url}/media.mp3`, 'https://evil.example/a.mp3']) {
            const response = await app.fetch(mediaPath(url));
            expect(response.headers.get('content-security-policy')).toBe(
              "sandbox; default-src 'none'",
            );
            expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          }
        },
      },
    ],
  },
  {
    name: 'the simulator',
    cases: [
      {
        name: 'is on by default and answers the Demo provider with CORS',
        async run({ server }) {
          const app = await server();
          const response = await app.fetch(`/sim/sunoapi-co${CO_QUERY}`, {
            method: 'POST',
            headers: { Authorization: 'demo', 'Content-Type': 'application/json' },
            body: JSON.stringify({ task_id: '5a1e0001-0000-4000-8000-000000000001' }),
          });
          expect(response.status).toBe(200);
          expect(response.headers.get('access-control-allow-origin')).toBe('*');
          const body = (await response.json()) as { clips: unknown[] };
          expect(body.clips).toHaveLength(2);
        },
      },
      {
        name: 'has no control routes in production',
        async run({ server }) {
          const app = await server();
          for (const [method, action] of [
            ['GET', 'requests'],
            ['POST', 'reset'],
            ['POST', 'speed'],
          ]) {
            const response = await app.fetch(`/sim/control/${action}`, { method });
            expect(response.status, action).toBe(404);
          }
        },
      },
      {
        name: 'has its control routes when tests ask for them',
        async run({ server }) {
          const app = await server({ control: true });
          const response = await app.fetch('/sim/control/reset', { method: 'POST' });
          expect(response.status).toBe(200);
          expect(await response.json()).toEqual({ ok: true, ids: 'all' });
        },
      },
      {
        name: 'is gone with SIMULATOR=off, and /sim is not the app either',
        async run({ server }) {
          const app = await server({ simulator: false });
          for (const path of ['/sim', `/sim/sunoapi-co${CO_QUERY}`, '/sim/control/requests']) {
            const response = await app.fetch(path);
            expect(response.status, path).toBe(404);
            expect(await response.text(), path).not.toContain('<html');
          }
          expect((await app.fetch('/')).status).toBe(200);
        },
      },
    ],
  },
];
