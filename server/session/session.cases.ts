import { expect } from 'vitest';
import { ENV_KEY } from '../proxy/api.cases.ts';
import { COM_CLIPS, fromApp } from '../testing/calls.ts';
import type { CaseGroup } from '../testing/cases.ts';
import { cookieFrom } from '../testing/session.ts';

const COM = `${COM_CLIPS}?ids=a`;
const PASSWORD = 'open sesame 42';
// Node's fetch sets Sec-Fetch-Mode itself; Accept is what a navigation is told by here.
const NAVIGATE = { Accept: 'text/html' };

export const SESSION_CASES: CaseGroup[] = [
  {
    name: "session: the server's key only for pages this server served",
    cases: [
      {
        name: 'a page hands out an HttpOnly, SameSite=Strict session (no Secure on loopback http)',
        async run({ server }) {
          const app = await server({ serverKey: ENV_KEY });
          const page = await app.fetch('/', { headers: NAVIGATE });
          const cookie = page.headers.getSetCookie().find((c) => c.startsWith('cv_session='));
          expect(cookie).toMatch(/HttpOnly/);
          expect(cookie).toMatch(/SameSite=Strict/);
          expect(cookie).toMatch(/Path=\//);
          expect(cookie).not.toMatch(/Secure/);
          const asset = await app.fetch('/favicon.svg');
          expect(asset.headers.get('set-cookie')).toBeNull();
        },
      },
      {
        name: 'forged same-origin fetch metadata without the cookie: 401, nothing sent upstream',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const reply = await app.fetch(COM, { headers: fromApp(app.origin) });
          expect(reply.status).toBe(401);
          expect(await reply.text()).toContain('No session');
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'a forged or tampered cookie is no session',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY });
          const [name, value = ''] = app.session.split('=');
          const tampered = `${name}=${value.replace(/^\d/, '9')}`;
          for (const cookie of ['cv_session=1.abc.v.c2lnbg%3D%3D', tampered]) {
            const reply = await app.fetch(COM, {
              headers: fromApp(app.origin, { Cookie: cookie }),
            });
            expect(reply.status).toBe(401);
          }
          expect(upstream.seen).toHaveLength(0);
        },
      },
      {
        name: 'with the cookie the key is used, within a quota per session',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, session: { keyedCallsPerHour: 2 } });
          const headers = fromApp(app.origin, { Cookie: app.session });
          const statuses = [];
          for (let i = 0; i < 3; i++) statuses.push((await app.fetch(COM, { headers })).status);
          expect(statuses).toEqual([200, 200, 429]);
          expect(upstream.seen).toHaveLength(2);
          // A caller with its own key is not counted against the session's quota.
          const own = fromApp(app.origin, { Cookie: app.session, Authorization: 'Bearer mine' });
          expect((await app.fetch(COM, { headers: own })).status).toBe(200);
        },
      },
    ],
  },
  {
    name: 'session: ACCESS_PASSWORD',
    cases: [
      {
        name: 'pages send visitors to sign in; API calls get 401; the health check stays open',
        async run({ server }) {
          const app = await server({ accessPassword: PASSWORD });
          const page = await app.fetch('/task/x', { headers: NAVIGATE });
          expect(page.status).toBe(401);
          expect(await page.text()).toContain('url=/signin?next=%2Ftask%2Fx');
          expect(page.headers.get('set-cookie')).toBeNull();
          expect((await app.fetch('/sim')).status).toBe(401);
          expect((await app.fetch(COM)).status).toBe(401);
          expect((await app.fetch('/healthz')).status).toBe(200);
          expect(app.session).toBe('');
        },
      },
      {
        name: 'a wrong password is refused; the right one signs in and goes only to a local path',
        async run({ server }) {
          const app = await server({ accessPassword: PASSWORD });
          const signIn = (password: string, next: string) =>
            app.fetch('/signin', {
              method: 'POST',
              headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ password, next }).toString(),
              redirect: 'manual',
            });
          const wrong = await signIn('guess', '/');
          expect(wrong.status).toBe(401);
          expect(wrong.headers.get('set-cookie')).toBeNull();
          const right = await signIn(PASSWORD, '//evil.example/');
          expect(right.status).toBe(303);
          expect(right.headers.get('location')).toBe('/');
          const cookie = cookieFrom(right);
          expect(cookie).not.toBe('');
          const page = await app.fetch('/task/x', { headers: { ...NAVIGATE, Cookie: cookie } });
          expect(page.status).toBe(200);
          expect(cookieFrom(page)).not.toBe('');
        },
      },
    ],
  },
];
