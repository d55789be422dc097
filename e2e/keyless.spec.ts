import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  cardAction,
  clipCards,
  finishedTaskId,
  freshId,
  mediaTime,
  switchToSunoapiCom,
} from './helpers';

const KEY = 'sharer-key-7f3a9c1d5b';
const DAY_S = 24 * 60 * 60;

/** Clip IDs of a finished Demo task: on the clips endpoint they are complete at once. */
async function finishedClipIds(request: APIRequestContext): Promise<string[]> {
  const reply = await request.post('/sim/sunoapi-co/suno/v3.5/music/query', {
    headers: { Authorization: 'demo' },
    data: { task_id: finishedTaskId() },
  });
  return ((await reply.json()) as { clips: { id: string }[] }).clips.map((c) => c.id);
}

/** A snapshot as anyone could write one by hand: base64url of its JSON, into the fragment. */
function fragment(wire: unknown): string {
  return `#s=${Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url')}`;
}

function shareOf(clip: string): string {
  return `/clips/${clip}?p=sunoapi-com&clip=${clip}`;
}

/** Every href, src and poster on the page that is not http(s), a path or blob:. */
function unsafeUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('[href], [src], [poster]')) {
      for (const attr of ['href', 'src', 'poster']) {
        const value = el.getAttribute(attr);
        if (value && !/^(https?:|\/|blob:|#[\w-]+$)/i.test(value.trim()))
          bad.push(`${attr}=${value}`);
      }
    }
    return bad;
  });
}

test('a link with a playable copy plays for a friend with no key, in the app and in the embed', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const [clip] = await finishedClipIds(request);
  await page.goto('/');
  await switchToSunoapiCom(page, baseURL, KEY);
  await page.goto(`/clips/${clip}`);
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  const title = (await card.getByRole('heading').innerText()).trim();
  await cardAction(card, 'Share');
  const dialog = page.getByRole('dialog');
  const option = dialog.getByRole('checkbox', { name: 'Include a playable copy of the links' });
  await expect(option).not.toBeChecked();
  expect(await dialog.getByRole('textbox', { name: 'Share link' }).inputValue()).not.toContain('#');
  await option.check();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#s=');
  expect(link).not.toContain(KEY);
  const embedSrc = /src="([^"]+)"/.exec(
    await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue(),
  )?.[1];
  expect(embedSrc?.replace(/&amp;/g, '&')).toContain('#s=');

  const fresh = await browser.newContext({ baseURL });
  const friend = await fresh.newPage();
  const apiCalls: string[] = [];
  friend.on('request', (r) => {
    if (/\/(sim|proxy)\/sunoapi-com\//.test(r.url())) apiCalls.push(r.url());
  });
  await friend.goto(link);
  await expect(friend.getByText(/with a playable copy of its links \(made/)).toBeVisible();
  const shared = friend.getByRole('article', { name: title });
  await expect(shared).toBeVisible();
  await expect(shared.getByText('From the sharer’s copy of the links')).toBeVisible();
  await shared.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(friend)).toBeGreaterThan(0.5);
  expect(apiCalls).toEqual([]);

  // The embed asks the server first (it has no key here), then plays from the copy.
  await friend.goto((embedSrc ?? '').replace(/&amp;/g, '&'));
  await expect(friend.getByRole('article', { name: title })).toBeVisible();
  await friend.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => friend.evaluate(() => document.querySelector('audio')?.currentTime ?? 0))
    .toBeGreaterThan(0.5);
  await fresh.close();
});

test('an expired copy, and a CDN that refuses, are said plainly with what is needed', async ({
  page,
  baseURL,
}) => {
  const clip = freshId();
  const past = Math.floor(Date.now() / 1000) - 3 * DAY_S;
  const copy = fragment({
    v: 1,
    t: 'Yesterday’s Song',
    a: 'someone',
    u: `${baseURL}/sim/media/${clip}.mp3?expires=${past + DAY_S}`,
    c: `${baseURL}/sim/media/image_${clip}.jpeg?expires=${past + DAY_S}`,
    d: 95,
    at: past,
  });
  await page.goto(shareOf(clip) + copy);
  await expect(page.getByRole('article', { name: 'Yesterday’s Song' })).toBeVisible();
  const expired = page.getByRole('alert').filter({ hasText: 'links to this clip have expired' });
  await expect(expired).toBeVisible();
  await expect(expired).toContainText('(made 3 days ago)');
  await expect(expired).toContainText('Ask them for a fresh link');
  await expect(expired).toContainText('add an API key for sunoapi.com in Settings');
  await expired.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  // The embed of the same link says it in a line.
  await page.goto(`/embed${shareOf(clip)}${copy}`);
  await expect(page.getByRole('alert')).toHaveText(
    'The sharer’s links to this clip have expired: ask them for a fresh link.',
  );

  // No copy, and Suno's public CDN refuses unsigned links (the simulator's fa170403 clips).
  const refused = `fa170403${freshId().slice(8)}`;
  await page.goto(shareOf(refused));
  const cdn = page.getByRole('alert').filter({ hasText: 'public CDN refused this clip' });
  await expect(cdn).toBeVisible();
  await expect(cdn).toContainText('add an API key for sunoapi.com in Settings');
  await expect(cdn).toContainText('ask the sharer for a link with a playable copy');
});

test('a hostile copy runs no script and uses no unsafe URL; a broken one is ignored with a notice', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const clip = freshId();
  const hostile = '<img src=x onerror="window.__xss=1">"><script>window.__xss=1</script>';
  await page.goto(
    shareOf(clip) +
      fragment({
        v: 1,
        t: hostile,
        a: '"><svg onload=window.__xss=1>',
        u: 'javascript:window.__xss=1',
        m: 'data:text/html,<script>window.__xss=1</script>',
        c: ' JAVASCRIPT:window.__xss=1',
        C: '//evil.example/cover.jpeg',
        d: 'NaN',
        at: 9_999_999_999,
      }),
  );
  const card = page.getByRole('article', { name: hostile });
  await expect(card).toBeVisible();
  await expect(card.getByText('Audio is not available for this clip.')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('links to this clip have expired');
  expect(await unsafeUrls(page)).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  for (const broken of ['#s=%%%not-base64', `#s=${'A'.repeat(5000)}`, fragment({ v: 9 })]) {
    const id = freshId();
    await page.goto(shareOf(id) + broken);
    await expect(page.getByRole('status').filter({ hasText: 'so it was ignored' })).toBeVisible();
    // The link still works without it: the public CDN answers.
    await expect(page.getByText(/It plays from Suno’s public CDN/)).toBeVisible();
    await expect(clipCards(page)).toHaveCount(1);
  }
  expect(dialogs).toEqual([]);
});
