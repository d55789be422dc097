import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { axeViolations, cardAction, clipCards, finishedTaskId } from './helpers';

const CRAWLER = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';
/** A finished Demo task's first clip, as the simulator has it. */
async function demoClip(request: APIRequestContext) {
  const task = finishedTaskId();
  const reply = await request.post('/sim/sunoapi-co/suno/v3.5/music/query', {
    headers: { Authorization: 'demo' },
    data: { task_id: task },
  });
  const body = (await reply.json()) as { clips: { id: string; title: string }[] };
  const clip = body.clips[0];
  if (!clip) throw new Error('no clip');
  return { task, id: clip.id, title: clip.title };
}

/**
 * Another site's page, really served: its own little server on another port, reached as
 * `localhost` where the app is `127.0.0.1`. (A page Playwright made up would count as a public
 * site, and Chromium refuses public pages frames from this machine.)
 */
async function otherSite(page: Page, html: string): Promise<void> {
  const body = `<!doctype html><html><head><title>A blog</title></head><body>${html}</body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/a-blog-post`);
}

const servers: Server[] = [];
test.afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function frameMediaTime(page: Page, index = 0): Promise<number> {
  const frame = page.frames().filter((f) => f !== page.mainFrame())[index];
  return frame
    ? frame.evaluate(
        () =>
          document.querySelector<HTMLAudioElement>('audio[data-role="embed-player"]')
            ?.currentTime ?? -1,
      )
    : Promise.resolve(-1);
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('a crawler fetching a Demo share link gets tags naming the clip, and an oEmbed player', async ({
  request,
  baseURL,
}) => {
  const { task, id, title } = await demoClip(request);
  const link = `${baseURL}/task/${task}?p=demo&clip=${id}&t=30`;
  const page = await request.get(link, { headers: { 'User-Agent': CRAWLER } });
  expect(page.status()).toBe(200);
  const html = await page.text();
  const meta = (key: string) =>
    decode(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1] ?? '');
  expect(meta('og:title')).toBe(title);
  expect(meta('og:type')).toBe('music.song');
  expect(meta('og:url')).toBe(link);
  expect(meta('og:image')).toBe(`${baseURL}/sim/media/image_large_${id}.jpeg`);
  expect(meta('og:audio')).toBe(`${baseURL}/sim/media/${id}.mp3`);
  expect(meta('og:description')).toMatch(/^By /);
  expect(meta('twitter:player')).toBe(`${baseURL}/embed/task/${task}?p=demo&clip=${id}&t=30`);
  // People get the same page: the app's own script is there, unchanged.
  expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[^"]+\.js">/);

  const oembedHref = decode(
    /type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? '',
  );
  const oembed = await request.get(oembedHref);
  expect(oembed.status()).toBe(200);
  const body = (await oembed.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ version: '1.0', type: 'rich', title, width: 480, height: 180 });
  expect(String(body.html)).toMatch(/^<iframe src="[^"]+\/embed\/task\/[^"]+" title="/);
  expect(
    (await request.get(`/oembed?url=${encodeURIComponent('https://evil.example/x')}`)).status(),
  ).toBe(404);
});

test('the Embed code, pasted into another site, shows the player, plays, and fits 300 px', async ({
  page,
}) => {
  await page.goto(`/task/${finishedTaskId()}`);
  const card = clipCards(page).first();
  const title = (await card.getByRole('heading').innerText()).trim();
  await cardAction(card, 'Share');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/task\//);

  const narrow = snippet.replace(/width="\d+"/, 'width="300"');
  const phone = snippet.replace(/width="\d+" height="\d+"/, 'width="360" height="640"');
  await otherSite(page, `${snippet}<br>${narrow}<br>${phone}`);
  const frames = page.frameLocator('iframe');
  for (const i of [0, 1, 2]) {
    const player = frames.nth(i);
    await expect(player.getByRole('article', { name: title })).toBeVisible();
    await expect(player.getByRole('link', { name: title })).toHaveAttribute('target', '_blank');
    await expect(player.getByRole('slider', { name: 'Seek' })).toBeVisible();
  }
  // Nothing spills sideways at 300 px, and the cover grows in a phone-sized frame.
  const embedFrames = page.frames().filter((f) => f !== page.mainFrame());
  const overflow = await embedFrames[1]?.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const coverWidth = await frames
    .nth(2)
    .locator('img')
    .first()
    .evaluate((img) => img.clientWidth);
  expect(coverWidth).toBeGreaterThan(200);

  await frames.first().getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => frameMediaTime(page, 0)).toBeGreaterThan(0.5);
  await expect(frames.first().getByRole('button', { name: 'Pause' })).toBeVisible();
  // Half-way, whatever the clip's length (the simulator's songs last 30 s to 4 min).
  const seek = frames.first().getByRole('slider', { name: 'Seek' });
  const half = Math.floor(Number(await seek.getAttribute('max')) / 2);
  await seek.fill(String(half));
  await expect.poll(() => frameMediaTime(page, 0)).toBeGreaterThanOrEqual(half);
});

test('the embed draws its whole waveform before Play, honours the start time and passes an accessibility check', async ({
  page,
  request,
}) => {
  const { task, id } = await demoClip(request);
  await page.setViewportSize({ width: 480, height: 180 });
  await page.goto(`/embed/task/${task}?p=demo&clip=${id}&t=12`);
  const seek = page.getByRole('slider', { name: 'Seek' });
  await expect(seek).toHaveValue('12');
  await expect(page.getByText(/^0:12 \/ \d+:\d\d$/)).toBeVisible();
  // The whole song's shape before Play, the part before the moment drawn as played.
  const waveform = seek.locator('xpath=..').locator('svg path');
  await expect(waveform).toHaveCount(2);
  expect(await waveform.first().getAttribute('d')).not.toBe('');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0))
    .toBeGreaterThan(12.3);
});

test('the app’s own pages refuse to be framed by another site; only the player may be', async ({
  page,
  baseURL,
  request,
}) => {
  const { task, id } = await demoClip(request);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await otherSite(
    page,
    `<iframe src="${baseURL}/"></iframe><iframe src="${baseURL}/task/${task}?p=demo&clip=${id}"></iframe>` +
      `<iframe src="${baseURL}/embed/task/${task}?p=demo&clip=${id}"></iframe>`,
  );
  await expect(
    page.frameLocator('iframe').nth(2).getByRole('button', { name: 'Play' }),
  ).toBeVisible();
  await expect.poll(() => refused.length).toBeGreaterThanOrEqual(2);
  for (const i of [0, 1]) {
    await expect(page.frameLocator('iframe').nth(i).getByText('Clip Viewer')).toHaveCount(0);
  }
  const appFrames = page
    .frames()
    .filter((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
  for (const frame of appFrames) expect(frame.url()).not.toMatch(new RegExp(`^${baseURL}/`));
});

/** The sung line at a moment, from the provider's words: lines break after a word's `\n`. */
function lineAtFrom(words: { word: string; start_s: number }[], seconds: number): string {
  const lines: { start: number; text: string }[] = [];
  let current: { start: number; text: string } | null = null;
  for (const w of words) {
    const text = w.word.replace(/^\[[^\]]*\]\n/, '');
    current ??= { start: w.start_s, text: '' };
    current.text += text;
    if (text.includes('\n')) {
      lines.push({ start: current.start, text: current.text.trim() });
      current = null;
    }
  }
  return lines.filter((l) => l.start <= seconds).at(-1)?.text ?? '';
}

test('a tall embed shows the line being sung under the waveform; a short one keeps its row', async ({
  page,
  request,
}) => {
  // A self-hosted gcui-art (the operator's, through the proxy) times its lyrics.
  const clip = await demoClip(request);
  const answer = await request.get(`/sim/gcui/api/get_aligned_lyrics?song_id=${clip.id}`);
  const words = (await answer.json()) as { word: string; start_s: number }[];
  expect(words.length).toBeGreaterThan(10);
  const timingCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('get_aligned_lyrics')) timingCalls.push(r.url());
  });
  const moment = (share: number) =>
    Math.floor(words[Math.floor(words.length * share)]?.start_s ?? 0);
  const start = moment(1 / 3);
  const embed = `/embed/clips/${clip.id}?p=gcui&clip=${clip.id}&t=${start}`;

  // A one-row frame: no room for a line, so the timings are never asked for.
  await page.setViewportSize({ width: 400, height: 160 });
  await page.goto(embed);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => frameOrPageTime(page)).toBeGreaterThan(start + 0.5);
  await expect(page.getByRole('region', { name: 'Lyrics' })).toBeHidden();
  expect(timingCalls).toEqual([]);

  await page.setViewportSize({ width: 400, height: 520 });
  await page.goto(embed);
  await page.getByRole('button', { name: 'Play' }).click();
  const lyrics = page.getByRole('region', { name: 'Lyrics' });
  await expect(lyrics).toBeVisible();
  await expect(lyrics).not.toHaveText('');
  await page.getByRole('button', { name: 'Pause' }).click();
  const at = await frameOrPageTime(page);
  await expect(lyrics).toHaveText(lineAtFrom(words, at));
  expect(timingCalls).toHaveLength(1);

  // Later in the song, another line: choruses repeat, so a moment whose line reads otherwise.
  const heard = lineAtFrom(words, at);
  const end = Math.floor(words.at(-1)?.start_s ?? 0);
  const later =
    Array.from({ length: end }, (_, s) => s).find(
      (s) =>
        s >= moment(0.6) &&
        lineAtFrom(words, s) !== heard &&
        lineAtFrom(words, s + 2) === lineAtFrom(words, s),
    ) ?? moment(0.8);
  await page.getByRole('slider', { name: 'Seek' }).fill(String(later));
  await expect.poll(() => frameOrPageTime(page)).toBeGreaterThanOrEqual(later - 0.5);
  const laterLine = lineAtFrom(words, await frameOrPageTime(page));
  expect(laterLine).not.toBe(heard);
  await expect(lyrics).toHaveText(laterLine);
});

function frameOrPageTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelector<HTMLAudioElement>('audio[data-role="embed-player"]')?.currentTime ??
      -1,
  );
}
