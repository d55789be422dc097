import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  cardAction,
  clipCards,
  finishedTaskId,
  freshId,
  mediaTime,
  serveMediaWithoutCors,
} from './helpers';

test('a share link with a start time opens the same clip at that moment in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const task = finishedTaskId();
  await page.goto(`/task/${task}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  const second = cards.nth(1);
  const clipId = await second.getAttribute('data-clip-id');
  const title = (await second.getByRole('heading').innerText()).trim();
  await second.getByRole('button', { name: 'Play' }).click();
  const seek = second.getByRole('slider', { name: 'Seek' });
  await seek.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(25);
  await second.getByRole('button', { name: 'Pause' }).click();

  await cardAction(second, 'Share');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('checkbox', { name: /Start at current time/ })).toBeChecked();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain(`/task/${task}?`);
  expect(link).toContain(`clip=${clipId}`);
  // Five 5-second steps from wherever playback had got to; a slow machine plays a little longer.
  const sharedAt = Number(new URL(link).searchParams.get('t'));
  expect(sharedAt).toBeGreaterThanOrEqual(25);
  expect(sharedAt).toBeLessThan(45);
  expect(link).toContain('p=demo');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Without the start time the link has no t=.
  await dialog.getByRole('checkbox', { name: /Start at current time/ }).uncheck();
  expect(await dialog.getByRole('textbox', { name: 'Share link' }).inputValue()).not.toContain(
    't=',
  );

  const fresh = await browser.newContext({ baseURL });
  const friend = await fresh.newPage();
  await friend.goto(link);
  const shared = friend.locator(`article[data-clip-id="${clipId}"]`);
  await expect(shared).toHaveAttribute('data-highlighted', 'true');
  const start = Number(new URL(link).searchParams.get('t'));
  // The song comes first: its title, and one Play from the shared moment.
  const song = friend.getByRole('region', { name: title });
  await expect(song).toContainText('Shared with you');
  const playFrom = song.getByRole('button', { name: /^Play from \d+:\d\d$/ });
  await expect(playFrom).toBeInViewport();
  // Cued at the moment, paused: the browser would block autoplay anyway.
  await expect.poll(() => mediaTime(friend)).toBeGreaterThanOrEqual(start - 0.5);
  expect(await friend.evaluate(() => document.querySelector('audio')?.paused)).toBe(true);
  await playFrom.click();
  await expect.poll(() => mediaTime(friend)).toBeGreaterThan(start + 0.3);
  await expect(shared.getByRole('button', { name: 'Pause' })).toBeVisible();
  await fresh.close();
});

test('on a phone, a share link opens on the song: its cover, title and Play in the first view, no raw ID heading', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const task = finishedTaskId();
  await page.goto(`/task/${task}`);
  await expect(clipCards(page)).toHaveCount(2);
  const card = clipCards(page).first();
  const clipId = (await card.getAttribute('data-clip-id')) ?? '';
  const title = (await card.getByRole('heading').innerText()).trim();

  // Within every clip the Demo makes (the shortest is 30 s): a moment past the end would
  // rightly play the last second and move on to the next take.
  await page.goto(`/task/${task}?p=demo&clip=${clipId}&t=20`);
  const song = page.getByRole('region', { name: title });
  await expect(song.getByRole('button', { name: 'Play from 0:20' })).toBeInViewport();
  await expect(song.locator('img').first()).toBeInViewport();
  // No heading reads as an ID: the rest of the task comes under words.
  for (const heading of await page.getByRole('heading').all()) {
    expect(await heading.innerText()).not.toContain(task);
  }
  await expect(page.getByRole('heading', { name: 'More from this task' })).toBeVisible();
  await song.getByRole('button', { name: 'Play from 0:20' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(20.3);
  await context.close();
});

test('a link from a real provider plays from the public CDN with no key, and says details need one', async ({
  browser,
  baseURL,
}) => {
  const clip = freshId();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/clips/${clip}?p=sunoapi-com&clip=${clip}&t=5`);
  await expect(page.getByText(/needs? an API key|need an API key/)).toBeVisible();
  const card = page.locator(`article[data-clip-id="${clip}"]`);
  await expect(card).toHaveAccessibleName('Untitled clip');
  await expect
    .poll(() =>
      card
        .locator('img')
        .first()
        .evaluate((el) => (el as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Play from 0:05' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(5.2);
  expect(requests.some((u) => u.includes('/sim/sunoapi-com/'))).toBe(false);
  await cardAction(card, 'Watch video');
  const video = page.getByRole('dialog').locator('video');
  await expect
    .poll(() => video.evaluate((v) => (v as HTMLVideoElement).currentTime))
    .toBeGreaterThan(5);
  await context.close();
});

test('bad or hostile share links open safely with a message', async ({ page }) => {
  const task = finishedTaskId();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const cases: [string, RegExp][] = [
    [`?p=evil&clip=${freshId()}`, /provider this app does not know/],
    [`?p=demo&clip=javascript:alert(1)`, /clip ID in this share link is not valid/],
    [
      `?p=demo&clip=${freshId()}&t=javascript:alert(1)`,
      /start time in this share link is not valid/,
    ],
    [`?p=demo&clip=${freshId()}&t=-5`, /start time/],
    [`?p=demo&clip=${freshId()}&t=1e309`, /start time/],
    [`?clip=${freshId()}`, /does not say which provider/],
  ];
  for (const [query, message] of cases) {
    await page.goto(`/task/${task}${query}`);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    // The lookup itself still works.
    await expect(clipCards(page)).toHaveCount(2);
  }
  await page.goto('/task/%3Cscript%3Ealert(1)%3C%2Fscript%3E?p=demo&clip=x');
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('each download has the right name and type', async ({ page }) => {
  await page.goto(`/task/${finishedTaskId()}`);
  const card = clipCards(page).first();
  await expect(card).toBeVisible();
  const title = (await card.getByRole('heading').innerText()).trim();
  const id8 = ((await card.getAttribute('data-clip-id')) ?? '').slice(0, 8);
  const expected: [string, string, (b: Buffer) => boolean][] = [
    ['MP3 audio', 'mp3', (b) => b.subarray(0, 3).toString() === 'ID3' || b[0] === 0xff],
    ['MP4 video', 'mp4', (b) => b.subarray(4, 8).toString() === 'ftyp'],
    ['Cover image', 'jpeg', (b) => b[0] === 0xff && b[1] === 0xd8],
    ['Lyrics (text)', 'txt', (b) => b.toString('utf8').includes('[Verse]')],
    [
      'Details (JSON)',
      'json',
      (b) => (JSON.parse(b.toString('utf8')) as { id: string }).id.startsWith(id8),
    ],
  ];
  for (const [item, ext, looksRight] of expected) {
    await cardAction(card, 'Download');
    const [download] = await Promise.all([page.waitForEvent('download'), cardAction(card, item)]);
    expect(download.suggestedFilename()).toBe(`${title} - ${id8}.${ext}`);
    const file = await download.path();
    expect(looksRight(readFileSync(file))).toBe(true);
  }
});

test('where the file host refuses cross-origin reads, the download opens the file and says so', async ({
  page,
  baseURL,
}) => {
  await serveMediaWithoutCors(page, baseURL, 'video_url');
  await page.goto(`/task/${finishedTaskId()}`);
  const card = clipCards(page).first();
  await cardAction(card, 'Download');
  const [popup] = await Promise.all([page.waitForEvent('popup'), cardAction(card, 'MP4 video')]);
  expect(popup.url()).toContain('nocors=1');
  await expect(card.getByRole('status')).toContainText('opened in a new tab');
});

test('recent lookups survive a reload, can be removed, and "Clear all" empties them', async ({
  page,
}) => {
  const [a, b] = [finishedTaskId(), finishedTaskId()];
  await page.goto(`/task/${a}`);
  await expect(clipCards(page)).toHaveCount(2);
  const titleA = (await clipCards(page).first().getByRole('heading').innerText()).trim();
  await page.goto(`/task/${b}`);
  await expect(clipCards(page)).toHaveCount(2);
  await page.goto('/');
  await page.reload();
  const recent = page.getByRole('list', { name: 'Recent lookups' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').nth(1)).toContainText(titleA);
  await expect(recent.getByRole('listitem').first().locator('img')).toBeVisible();
  await recent
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await recent.getByRole('listitem').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/task/${a}$`));
  await page.goto('/');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('list', { name: 'Recent lookups' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Recent lookups' })).toHaveCount(0);
});
