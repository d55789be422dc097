import { expect } from 'vitest';
import { mediaPath } from './testing/calls.ts';
import type { CaseGroup } from './testing/cases.ts';

const DEMO_TASK = '5a1e0001-0000-4000-8000-000000000001';
const CO_QUERY = '/sim/sunoapi-co/suno/v3.5/music/query';

function simQuery(taskId: string, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { Authorization: 'k', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ task_id: taskId }),
  };
}

export const HARDENING_CASES: CaseGroup[] = [
  {
    name: 'hardening: origins and headers',
    cases: [
      {
        name: 'a Host not on ALLOWED_HOSTS gets relative links, and oEmbed answers 400',
        async run({ server }) {
          const app = await server({ allowedHosts: 'clips.example' });
          const link = `/task/${DEMO_TASK}?p=demo&clip=5a1e0001-c000-4000-8000-000000000001`;
          const html = await (await app.fetch(link)).text();
          expect(html).not.toContain(app.origin);
          const oembed = await app.fetch(
            `/oembed?url=${encodeURIComponent(`${app.origin}${link}`)}`,
          );
          expect(oembed.status).toBe(400);
        },
      },
      {
        name: 'CORP on every answer but embeds, Demo media and oEmbed; HSTS with an https origin',
        async run({ server }) {
          const app = await server({ publicOrigin: 'https://clips.example' });
          for (const path of ['/', '/healthz', '/favicon.svg', '/nope', '/proxy/x']) {
            const reply = await app.fetch(path);
            expect(reply.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
            expect(reply.headers.get('strict-transport-security'), path).toMatch(/max-age=/);
          }
          const embed = await app.fetch(`/embed/task/${DEMO_TASK}?p=demo&clip=x`);
          expect(embed.headers.get('cross-origin-resource-policy')).toBeNull();
          const plain = await server();
          expect((await plain.fetch('/')).headers.get('strict-transport-security')).toBeNull();
        },
      },
      {
        name: '/proxy/media refuses cross-site and same-site fetch metadata, before any upstream',
        async run({ server, upstream }) {
          const app = await server();
          const url = mediaPath(`${upstream.url}/media.mp3`);
          for (const site of ['cross-site', 'same-site']) {
            const reply = await app.fetch(url, { headers: { 'Sec-Fetch-Site': site } });
            expect(reply.status).toBe(403);
            expect(reply.headers.get('cross-origin-resource-policy')).toBe('same-origin');
          }
          expect(upstream.seen).toHaveLength(0);
        },
      },
    ],
  },
  {
    name: 'hardening: the Demo of a deployment',
    cases: [
      {
        name: 'has no fault IDs or fault header',
        async run({ server }) {
          const app = await server();
          const faulty = 'fa170500-0000-4000-8000-00000000abcd';
          expect((await app.fetch(CO_QUERY, simQuery(faulty))).status).toBe(200);
          const header = await app.fetch(
            CO_QUERY,
            simQuery('3b1e0001-0000-4000-8000-000000000009', { 'x-sim-fault': 'server-error' }),
          );
          expect(header.status).toBe(200);
        },
      },
      {
        name: 'is rate-limited per client',
        async run({ server }) {
          const app = await server({ simRateLimit: 3 });
          const statuses = [];
          for (let i = 0; i < 4; i++) statuses.push((await app.fetch('/sim')).status);
          expect(statuses).toEqual([200, 200, 200, 429]);
        },
      },
    ],
  },
];
