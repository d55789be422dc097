import { expect } from 'vitest';
import { COM_CLIPS, fromApp as sameOrigin, mediaPath as media } from '../testing/calls.ts';
import { readAll, type CaseGroup } from '../testing/cases.ts';
import { MEDIA_BYTES } from '../testing/fake-upstream.ts';
import type { Target } from '../testing/targets.ts';
import { ENV_KEY } from './api.cases.ts';

const COM = `${COM_CLIPS}?ids=a`;
const BROWSER_KEY = 'browser-key-123';

function fromApp(app: Target): Record<string, string> {
  return sameOrigin(app.origin, { Cookie: app.session });
}

export const UPSTREAM_CASES: CaseGroup[] = [
  {
    name: 'proxy: upstreams that misbehave',
    cases: [
      {
        name: 'does not follow redirects: 502 "upstream redirected", no Location',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, scenario: 'redirect' });
          for (const [path, headers] of [
            [COM, fromApp(app)],
            [media(`${upstream.url}/media-redirect`), {}],
          ] as const) {
            const reply = await app.fetch(path, { headers, redirect: 'manual' });
            expect(reply.status, path).toBe(502);
            expect(await reply.json()).toEqual({ code: 502, message: 'upstream redirected' });
            expect(reply.headers.get('location')).toBeNull();
          }
          expect(upstream.seen).toHaveLength(2);
        },
      },
      {
        name: 'answers 504 when upstream sends no headers in time',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, scenario: 'slow', headersTimeoutMs: 150 });
          const api = await app.fetch(COM, { headers: fromApp(app) });
          expect(api.status).toBe(504);
          expect(await api.json()).toEqual({ code: 504, message: 'Upstream timed out' });
          expect((await app.fetch(media(`${upstream.url}/slow`))).status).toBe(504);
        },
      },
      {
        name: 'answers 504 when an API body does not finish within the total timeout',
        async run({ server }) {
          const app = await server({
            serverKey: ENV_KEY,
            scenario: 'slow-body',
            proxy: { apiTimeoutMs: 250 },
          });
          const reply = await app.fetch(COM, { headers: fromApp(app) });
          expect(reply.status).toBe(504);
          expect(await reply.text()).not.toContain('partial');
        },
      },
      {
        name: 'cuts a media stream that stalls after it started',
        async run({ server, upstream }) {
          const app = await server({ proxy: { mediaIdleTimeoutMs: 200 } });
          const reply = await app.fetch(media(`${upstream.url}/media-stall`));
          expect(reply.status).toBe(200);
          const body = await readAll(reply);
          expect(body.text).toBe('partial');
          // Node resets the connection; workerd ends the chunked body where the relay stopped.
          if (app.platform === 'node') expect(body.cut).toBe(true);
        },
      },
      {
        name: 'answers 502 for API responses over the size limit (declared or streamed)',
        async run({ server }) {
          for (const scenario of ['big', 'big-chunked']) {
            const app = await server({
              serverKey: ENV_KEY,
              scenario,
              proxy: { maxApiResponseBytes: 4096 },
            });
            const reply = await app.fetch(COM, { headers: fromApp(app) });
            expect(reply.status, scenario).toBe(502);
            expect(await reply.json()).toEqual({
              code: 502,
              message: 'Upstream response too large',
            });
          }
        },
      },
      {
        name: 'refuses media over the size cap',
        async run({ server, upstream }) {
          const app = await server({ proxy: { maxMediaBytes: 500 } });
          expect((await app.fetch(media(`${upstream.url}/media.mp3`))).status).toBe(502);
        },
      },
    ],
  },
  {
    name: 'proxy: media relay',
    cases: [
      {
        name: 'refuses hosts, schemes, credentials and ports not on the allow-list',
        async run({ server, upstream }) {
          const app = await server();
          for (const url of [
            'https://evil.example/a.mp3',
            `http://127.0.0.1:${upstream.port + 1}/media.mp3`,
            `http://user:pw@127.0.0.1:${upstream.port}/media.mp3`,
            'http://cdn1.suno.ai/a.mp3',
            'https://cdn1.suno.ai:8443/a.mp3',
            'ftp://cdn1.suno.ai/a.mp3',
            'file:///etc/passwd',
            'http://169.254.169.254/latest/meta-data',
          ]) {
            const reply = await app.fetch(media(url));
            expect(reply.status, url).toBe(403);
            expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
            expect(await reply.json()).toMatchObject({ code: 403 });
          }
          expect((await app.fetch('/proxy/media')).status).toBe(400);
          expect(
            (await app.fetch(media(`${upstream.url}/media.mp3`), { method: 'POST' })).status,
          ).toBe(405);
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'refuses anything but audio, video and raster images, with nosniff',
        async run({ server, upstream }) {
          const app = await server();
          for (const kind of ['media.html', 'media.svg', 'media-untyped']) {
            const reply = await app.fetch(media(`${upstream.url}/${kind}`));
            expect(reply.status, kind).toBe(502);
            expect(reply.headers.get('content-type'), kind).toMatch(/^application\/json/);
            expect(reply.headers.get('x-content-type-options'), kind).toBe('nosniff');
            expect(await reply.text(), kind).not.toContain('alert');
          }
        },
      },
      {
        name: 'passes a Range request through as 206 with CORS and only the listed headers',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const reply = await app.fetch(media(`${upstream.url}/media.mp3`), {
            headers: { Range: 'bytes=100-199', Authorization: BROWSER_KEY, Cookie: 'a=1' },
          });
          expect(reply.status).toBe(206);
          const body = await readAll(reply);
          expect(Buffer.from(body.bytes).equals(MEDIA_BYTES.subarray(100, 200))).toBe(true);
          const headers = reply.headers;
          expect(headers.get('content-range')).toBe('bytes 100-199/1000');
          expect(headers.get('content-length')).toBe('100');
          expect(headers.get('accept-ranges')).toBe('bytes');
          expect(headers.get('content-type')).toBe('audio/mpeg');
          expect(headers.get('cache-control')).toBe('public, max-age=60');
          expect(headers.get('content-encoding')).toBeNull();
          expect(headers.get('access-control-allow-origin')).toBe('*');
          expect(headers.get('access-control-expose-headers')).toContain('Content-Range');
          expect(headers.get('set-cookie')).toBeNull();
          expect(headers.get('x-internal')).toBeNull();
          expect(upstream.seen[0]?.headers.range).toBe('bytes=100-199');
          // Media never carries a key or the browser's cookies upstream.
          expect(upstream.seen[0]?.headers.authorization).toBeUndefined();
          expect(upstream.seen[0]?.headers.cookie).toBeUndefined();
        },
      },
      {
        name: 'passes 200, 416 and HEAD through, and answers any preflight',
        async run({ server, upstream }) {
          const app = await server();
          const url = media(`${upstream.url}/media.mp3`);
          const full = await app.fetch(url);
          expect(full.status).toBe(200);
          expect(Buffer.from((await readAll(full)).bytes).equals(MEDIA_BYTES)).toBe(true);
          const head = await app.fetch(url, { method: 'HEAD' });
          expect(head.status).toBe(200);
          expect(head.headers.get('content-length')).toBe('1000');
          expect((await readAll(head)).bytes.length).toBe(0);
          const past = await app.fetch(url, { headers: { Range: 'bytes=5000-' } });
          expect(past.status).toBe(416);
          expect(past.headers.get('content-range')).toBe('bytes */1000');
          const preflight = await app.fetch(url, {
            method: 'OPTIONS',
            headers: { Origin: 'https://anywhere.example' },
          });
          expect(preflight.status).toBe(204);
          expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
        },
      },
    ],
  },
];
