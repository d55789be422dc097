import { expect } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../security-headers.ts';
import { ENV_KEY } from '../proxy/api.cases.ts';
import type { CaseGroup } from '../testing/cases.ts';
import { HOSTILE_TITLE } from '../testing/fake-upstream.ts';
import { FIXTURE_EMBED_HTML, FIXTURE_HTML } from '../testing/fixture-client.ts';
import type { Target } from '../testing/targets.ts';

const CRAWLER = { 'User-Agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' };
const CLIP = 'c1a50001-0000-4000-8000-000000000001';
const TASK_CLIP = '5a1e0001-0000-4000-8000-000000000099';

/** A finished Demo task (`c0c0…`) and its first clip, as the simulator itself answers. */
async function demoClip(app: Target): Promise<{ task: string; id: string; title: string }> {
  const task = `c0c0${crypto.randomUUID().slice(4)}`;
  const reply = await app.fetch('/sim/sunoapi-co/suno/v3.5/music/query', {
    method: 'POST',
    headers: { Authorization: 'demo', 'Content-Type': 'application/json' },
    body: JSON.stringify({ task_id: task }),
  });
  const body = (await reply.json()) as { clips: { id: string; title: string }[] };
  const first = body.clips[0];
  if (!first) throw new Error('the simulator answered no clips');
  return { task, id: first.id, title: first.title };
}

/** Every `<meta property|name="key" content="…">` of a page, decoded the way a crawler reads it. */
function metaOf(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, key, value] of html.matchAll(
    /<meta (?:property|name)="([^"]+)" content="([^"]*)">/g,
  )) {
    found.set(key ?? '', decode(value ?? ''));
  }
  return found;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function oembedLink(html: string): string {
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
  return decode(href?.[1] ?? '');
}

export const SHARE_CASES: CaseGroup[] = [
  {
    name: 'share previews',
    cases: [
      {
        name: 'a Demo share link names its clip in Open Graph, Twitter and oEmbed tags',
        async run({ server }) {
          const app = await server();
          const { task, id, title } = await demoClip(app);
          const link = `/task/${task}?p=demo&clip=${id}&t=12`;
          const reply = await app.fetch(link, { headers: CRAWLER });
          expect(reply.status).toBe(200);
          expect(reply.headers.get('cache-control')).toBe('no-cache');
          const html = await reply.text();
          const meta = metaOf(html);
          expect(meta.get('og:title')).toBe(title);
          expect(meta.get('og:type')).toBe('music.song');
          expect(meta.get('og:url')).toBe(`${app.origin}${link}`);
          expect(meta.get('og:description')).toMatch(/^By .+ · /);
          expect(meta.get('og:image')).toBe(`${app.origin}/sim/media/image_large_${id}.jpeg`);
          expect(meta.get('og:audio')).toBe(`${app.origin}/sim/media/${id}.mp3`);
          expect(meta.get('og:video')).toBe(`${app.origin}/sim/media/${id}.mp4`);
          expect(meta.get('twitter:card')).toBe('player');
          expect(meta.get('twitter:player')).toBe(`${app.origin}/embed${link}`);
          expect(html).toContain(`<title>${title} · Clip Viewer</title>`);
          const oembed = new URL(oembedLink(html));
          expect(oembed.pathname).toBe('/oembed');
          expect(oembed.searchParams.get('url')).toBe(`${app.origin}${link}`);
          // The same app for people: the template's body as built.
          expect(html).toContain('<body><div id="root"></div>');
          const person = await app.fetch(link);
          expect(await person.text()).toBe(html);
        },
      },
      {
        name: 'ordinary pages and broken share links get the template as built',
        async run({ server }) {
          const app = await server();
          for (const path of [
            '/',
            '/task/5a1e0001-0000-4000-8000-000000000001',
            '/task/5a1e0001-0000-4000-8000-000000000001?p=evil&clip=x',
            `/clips/${CLIP}?p=demo&clip=javascript:alert(1)`,
          ]) {
            expect(await (await app.fetch(path, { headers: CRAWLER })).text(), path).toBe(
              FIXTURE_HTML,
            );
          }
        },
      },
      {
        name: 'a real provider is asked once, with the server key, and its text is escaped',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, scenario: 'clips' });
          const link = `/clips/${CLIP}?p=sunoapi-com&clip=${CLIP}`;
          const first = await (await app.fetch(link, { headers: CRAWLER })).text();
          const again = await (await app.fetch(link)).text();
          expect(again).toBe(first);
          expect(upstream.seen).toHaveLength(1);
          expect(upstream.seen[0]?.url).toBe(`/clips/api/v2/suno/v3.5/clips?ids=${CLIP}`);
          expect(upstream.seen[0]?.headers.authorization).toBe(`Bearer ${ENV_KEY}`);
          expect(first).not.toContain(ENV_KEY);
          expect(first).not.toContain('<script>');
          expect(first).not.toContain('<img');
          expect(first).not.toContain('javascript:');
          const meta = metaOf(first);
          expect(meta.get('og:title')).toBe(`${HOSTILE_TITLE} Bearer [redacted]`);
          expect(meta.get('og:description')).toBe('By Night <b>Owl</b> · lo-fi, "quoted", <tag>');
          // The unsafe large cover was dropped; the small one stands in.
          expect(meta.get('og:image')).toBe(`https://cdn2.suno.ai/image_${CLIP}.jpeg`);
          // Signed provider links expire: not advertised. The player is.
          expect(meta.has('og:audio')).toBe(false);
          expect(meta.has('og:video')).toBe(false);
          expect(meta.get('twitter:player')).toBe(`${app.origin}/embed${link}`);
          const task = `/task/${CLIP}?p=sunoapi-co&clip=${TASK_CLIP}`;
          const taskPage = await (await app.fetch(task)).text();
          expect(upstream.seen[1]?.body).toBe(JSON.stringify({ task_id: CLIP }));
          expect(upstream.seen[1]?.headers.authorization).toBe(ENV_KEY);
          expect(metaOf(taskPage).get('og:title')).toContain('<script>');
        },
      },
      {
        name: 'people other than link previewers get a small budget of real-provider lookups',
        async run({ server, upstream }) {
          const app = await server({
            serverKey: ENV_KEY,
            scenario: 'clips',
            previews: { visitorLookupsPerMinute: 1 },
          });
          const clips = `/clips/${CLIP}?p=sunoapi-com&clip=${CLIP}`;
          const task = `/task/${CLIP}?p=sunoapi-co&clip=${TASK_CLIP}`;
          await (await app.fetch(clips)).text();
          const refused = await (await app.fetch(task)).text();
          expect(upstream.seen).toHaveLength(1);
          expect(metaOf(refused).get('og:title') ?? '').not.toContain('<script>');
          await (await app.fetch(task, { headers: CRAWLER })).text();
          expect(upstream.seen).toHaveLength(2);
        },
      },
      {
        name: 'one address that calls itself a link previewer cannot use up the shared budget',
        async run({ server, upstream }) {
          const app = await server({
            serverKey: ENV_KEY,
            scenario: 'clips',
            previews: { crawlerLookupsPerMinute: 2, providerLookupsPerMinute: 5 },
          });
          for (const clip of [1, 2, 3, 4].map((n) => `${CLIP.slice(0, -1)}${n}`)) {
            const link = `/clips/${clip}?p=sunoapi-com&clip=${clip}`;
            await (await app.fetch(link, { headers: CRAWLER })).text();
          }
          expect(upstream.seen).toHaveLength(2);
        },
      },
      {
        name: 'without a server key a real provider is never asked: generic tags',
        async run({ server, upstream }) {
          const app = await server({ scenario: 'clips' });
          const html = await (await app.fetch(`/clips/${CLIP}?p=sunoapi-com&clip=${CLIP}`)).text();
          expect(upstream.seen).toHaveLength(0);
          const meta = metaOf(html);
          expect(meta.get('og:title')).toBe('Clip Viewer');
          expect(meta.get('og:description')).toBe('Look at & share clips.');
          expect(html).toContain(
            '<meta name="description" content="Look at &amp; share clips." />',
          );
          expect(oembedLink(html)).toContain('/oembed?url=');
        },
      },
      {
        name: 'a slow provider delays no page: generic tags once the short timeout passes',
        async run({ server }) {
          const app = await server({
            serverKey: ENV_KEY,
            scenario: 'slow',
            previews: { timeoutMs: 300 },
          });
          const started = Date.now();
          const reply = await app.fetch(`/clips/${CLIP}?p=sunoapi-com&clip=${CLIP}`);
          expect(reply.status).toBe(200);
          expect(metaOf(await reply.text()).get('og:title')).toBe('Clip Viewer');
          expect(Date.now() - started).toBeLessThan(3_000);
        },
      },
      {
        name: 'PUBLIC_ORIGIN names the links that tags and oEmbed answers give',
        async run({ server }) {
          const app = await server({ publicOrigin: 'https://clips.example' });
          const { task, id } = await demoClip(app);
          const html = await (await app.fetch(`/task/${task}?p=demo&clip=${id}`)).text();
          expect(metaOf(html).get('og:url')).toBe(
            `https://clips.example/task/${task}?p=demo&clip=${id}`,
          );
          expect(oembedLink(html).startsWith('https://clips.example/oembed?')).toBe(true);
        },
      },
    ],
  },
  {
    name: 'the embeddable player and oEmbed',
    cases: [
      {
        name: 'serves the embed page, which alone any site may frame',
        async run({ server }) {
          const app = await server();
          const { task, id, title } = await demoClip(app);
          const embed = await app.fetch(`/embed/task/${task}?p=demo&clip=${id}`);
          expect(embed.status).toBe(200);
          expect(embed.headers.get('content-security-policy')).toBe(EMBED_CONTENT_SECURITY_POLICY);
          expect(EMBED_CONTENT_SECURITY_POLICY).toContain('frame-ancestors *');
          expect(EMBED_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
          const html = await embed.text();
          expect(html).toContain('<div id="embed"></div>');
          expect(html).toContain(`<title>${title} · Clip Viewer</title>`);
          expect(await (await app.fetch('/embed/nothing-here')).text()).toBe(FIXTURE_EMBED_HTML);
          for (const path of ['/', `/task/${task}?p=demo&clip=${id}`, '/embedded', '/oembed']) {
            const reply = await app.fetch(path);
            expect(reply.headers.get('content-security-policy'), path).toBe(
              CONTENT_SECURITY_POLICY,
            );
            expect(reply.headers.get('x-frame-options'), path).toBeNull();
          }
        },
      },
      {
        name: 'answers a rich oEmbed whose html is the player iframe, within maxwidth',
        async run({ server }) {
          const app = await server();
          const { task, id, title } = await demoClip(app);
          const link = `${app.origin}/task/${task}?p=demo&clip=${id}`;
          const reply = await app.fetch(
            `/oembed?url=${encodeURIComponent(link)}&format=json&maxwidth=400`,
          );
          expect(reply.status).toBe(200);
          expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
          expect(reply.headers.get('access-control-allow-origin')).toBe('*');
          const body = (await reply.json()) as Record<string, unknown>;
          expect(body).toMatchObject({
            version: '1.0',
            type: 'rich',
            provider_name: 'Clip Viewer',
            provider_url: `${app.origin}/`,
            title,
            width: 400,
            height: 180,
            thumbnail_url: `${app.origin}/sim/media/image_large_${id}.jpeg`,
            thumbnail_width: 1024,
            thumbnail_height: 1024,
          });
          expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\/task\/[^"]+" title="[^"]+"/);
          expect(body.html).toContain(`/embed/task/${task}?p=demo&amp;clip=${id}"`);
          expect(body.html).toContain('width="400" height="180"');
        },
      },
      {
        name: 'refuses links of other sites (404), other formats (501) and no link (400)',
        async run({ server, upstream }) {
          const app = await server({ serverKey: ENV_KEY, scenario: 'clips' });
          const share = `/clips/${CLIP}?p=sunoapi-com&clip=${CLIP}`;
          const cases: [string, number][] = [
            [`https://evil.example${share}`, 404],
            [`javascript:alert(1)//${app.origin}${share}`, 404],
            [`${app.origin}/`, 404],
            [`${app.origin}/task/${CLIP}`, 404],
            [`${app.origin}/clips/${CLIP}?p=evil&clip=${CLIP}`, 404],
            ['not a url', 404],
          ];
          for (const [url, status] of cases) {
            const reply = await app.fetch(`/oembed?url=${encodeURIComponent(url)}`);
            expect(reply.status, url).toBe(status);
          }
          const xml = await app.fetch(
            `/oembed?url=${encodeURIComponent(app.origin + share)}&format=xml`,
          );
          expect(xml.status).toBe(501);
          expect((await app.fetch('/oembed')).status).toBe(400);
          expect(upstream.seen).toHaveLength(0);
          const ok = await app.fetch(`/oembed?url=${encodeURIComponent(app.origin + share)}`);
          const body = (await ok.json()) as { title: string; html: string };
          expect(body.title).toBe(`${HOSTILE_TITLE} Bearer [redacted]`);
          expect(body.html).not.toContain('<script');
          expect(body.html).not.toContain(ENV_KEY);
        },
      },
    ],
  },
];
