import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  cardAction,
  clipCards,
  finishedTaskId,
  freshId,
  mediaTime,
  serveMediaWithoutCors,
} from './helpers';

async function openFinishedTask(page: Page): Promise<Locator> {
  await page.goto(`/task/${finishedTaskId()}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  await expect(cards.first().getByText('Complete', { exact: true })).toBeVisible();
  return cards;
}

/** The file that plays: with streaming, `src` is a blob: URL and the file is in data-source. */
function mediaSrc(page: Page): Promise<string> {
  return page.evaluate(() => {
    const media = document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]');
    return media?.dataset.source ?? media?.src ?? '';
  });
}

/** Bars of the drawn waveform (SVG), and whether the finished one (canvas) has replaced it. */
function waveform(card: Locator) {
  const seek = card.getByRole('slider', { name: 'Seek' });
  return {
    bars: () => seek.locator('rect').count(),
    finished: () =>
      seek
        .locator('canvas')
        .count()
        .then((n) => n > 0),
  };
}

async function valueNow(slider: Locator): Promise<number> {
  return Number(await slider.getAttribute('aria-valuenow'));
}

test('plays a clip, seeks with keys and a click, one clip at a time', async ({ page }) => {
  // Seeking to the end must stay there, not play on into the next clip.
  await page.addInitScript(() => localStorage.setItem('clip-viewer:autoplay-next', 'false'));
  const cards = await openFinishedTask(page);
  const first = cards.first();
  const seek = first.getByRole('slider', { name: 'Seek' });
  const duration = Number(await seek.getAttribute('aria-valuemax'));
  expect(duration).toBeGreaterThan(20);

  await first.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.3);
  // The system's media controls know what is playing.
  const title = (await first.getByRole('heading').innerText()).trim();
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(title);

  await seek.focus();
  // Focus brings the slider into view above the fixed now-playing bar, never under it.
  const bar = await page.getByRole('region', { name: 'Now playing' }).boundingBox();
  const slider = await seek.boundingBox();
  if (!bar || !slider) throw new Error('the bar or the slider has no box');
  expect(slider.y + slider.height).toBeLessThanOrEqual(bar.y + 1);
  await page.keyboard.press('End');
  await expect.poll(() => valueNow(seek)).toBeGreaterThanOrEqual(Math.round(duration) - 1);
  await page.keyboard.press('Home');
  await expect.poll(() => valueNow(seek)).toBeLessThanOrEqual(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => valueNow(seek)).toBeGreaterThanOrEqual(10);
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(10);

  // A click at the middle of the waveform seeks to about half the clip.
  const box = await seek.boundingBox();
  if (!box) throw new Error('seek slider has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(duration / 2 - 3);
  expect(await mediaTime(page)).toBeLessThan(duration / 2 + 5);

  // Starting the second clip pauses the first: there is one media element.
  await cards.nth(1).getByRole('button', { name: 'Play' }).click();
  await expect(first.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(cards.nth(1).getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await page.locator('audio').count()).toBe(1);
});

test('on a slow connection, End mid-download keeps the whole clip and the skipped part plays later', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('clip-viewer:autoplay-next', 'false'));
  const cards = await openFinishedTask(page);
  const first = cards.first();
  const seek = first.getByRole('slider', { name: 'Seek' });
  const duration = Number(await seek.getAttribute('aria-valuemax'));
  // About 40 KB a second: the MP3 arrives a few times faster than it plays, not at once
  // (and not from the cache, where the waveform's own fetch may have put it).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: 40_000,
    uploadThroughput: -1,
  });
  await first.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.3);

  // To the end while most of the file has not arrived: the clip ends, its length intact.
  await seek.focus();
  await page.keyboard.press('End');
  const bar = page.getByRole('region', { name: 'Now playing' });
  await expect(bar.getByRole('button', { name: 'Resume playback' })).toBeVisible();
  const length = Number(await bar.getByRole('slider', { name: 'Position' }).getAttribute('max'));
  expect(length).toBeGreaterThanOrEqual(Math.floor(duration) - 1);

  // Back to the start: playing on past what arrived before the jump fetches the rest.
  await page.keyboard.press('Home');
  await first.getByRole('button', { name: 'Play' }).click();
  const arrived = await page.evaluate(() => {
    const media = document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]');
    return media && media.buffered.length > 0 ? media.buffered.end(0) : 0;
  });
  expect(arrived).toBeLessThan(duration - 10);
  await expect
    .poll(() => mediaTime(page), { timeout: 30_000 })
    .toBeGreaterThan(Math.min(arrived, duration - 10) + 2);
});

test('A/B switches to the other take at the same moment', async ({ page }) => {
  const cards = await openFinishedTask(page);
  await cards.first().getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.2);
  const seek = cards.first().getByRole('slider', { name: 'Seek' });
  await seek.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(20);

  const firstSrc = await mediaSrc(page);
  // "The same moment": where the first take was, plus no more than the time the switch took.
  const before = { at: await mediaTime(page), wall: Date.now() };
  await cardAction(cards.nth(1), 'Compare here');
  await expect(cards.nth(1).getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await mediaSrc(page)).not.toBe(firstSrc);
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(before.at - 0.5);
  const elapsed = (Date.now() - before.wall) / 1000;
  expect(await mediaTime(page)).toBeLessThan(before.at + elapsed + 1);

  // The X key switches back, still at the same moment.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('x');
  // Loading the other take and seeking into it waits for a Range request: slow on a busy machine.
  await expect(cards.first().getByRole('button', { name: 'Pause' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await mediaSrc(page)).toBe(firstSrc);
  // The element reads 0 until the file's first bytes take the seek; from 0 it could not get
  // to 20 s within the wait.
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(20);
});

test('the video continues from the waveform and hands the position back', async ({ page }) => {
  const cards = await openFinishedTask(page);
  const first = cards.first();
  await first.getByRole('button', { name: 'Play' }).click();
  const seek = first.getByRole('slider', { name: 'Seek' });
  await seek.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(15);

  await cardAction(first, 'Watch video');
  const video = page.getByRole('dialog').locator('video');
  await expect(video).toBeVisible();
  const videoTime = () => video.evaluate((v) => (v as HTMLVideoElement).currentTime);
  await expect.poll(videoTime, { timeout: 15_000 }).toBeGreaterThan(15.5);
  const t = await videoTime();
  expect(t).toBeLessThan(25);
  // The audio waits while the video plays.
  expect(await page.evaluate(() => document.querySelector('audio')?.paused)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(t - 0.5);
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('one sound at a time: another take’s video pauses the take playing, and plays on after', async ({
  page,
}) => {
  const cards = await openFinishedTask(page);
  await cards.first().getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.5);

  await cardAction(cards.nth(1), 'Watch video');
  const video = page.getByRole('dialog').locator('video');
  await expect
    .poll(() => video.evaluate((v) => (v as HTMLVideoElement).currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.5);
  expect(await page.evaluate(() => document.querySelector('audio')?.paused)).toBe(true);
  await expect(cards.first().getByRole('button', { name: 'Play' })).toBeVisible();

  // Closed, the second take plays on from where its video was, and only it.
  await page.keyboard.press('Escape');
  await expect(cards.nth(1).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(cards.first().getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a streaming clip plays live, then moves to the final MP3 without restarting', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/task/${freshId()}`);
  const first = clipCards(page).first();
  await expect(first.getByText('Streaming', { exact: true })).toBeVisible({ timeout: 30_000 });
  await first.getByRole('button', { name: 'Play' }).click();
  await expect(first.getByText('Live', { exact: true })).toBeVisible();
  await expect.poll(() => mediaSrc(page)).toContain('/sim/stream?item_id=');
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(1);

  // While the song is still being made, its waveform grows from the live stream's bytes.
  const wave = waveform(first);
  await expect.poll(wave.bars).toBeGreaterThan(0);
  expect(await first.getByText('Streaming', { exact: true }).isVisible()).toBe(true);
  const early = await wave.bars();
  await expect
    .poll(async () => (await wave.bars()) !== early || (await wave.finished()), { timeout: 30_000 })
    .toBe(true);

  await expect(first.getByText('Complete', { exact: true })).toBeVisible({ timeout: 45_000 });
  // ...and gives way to the finished waveform.
  await expect.poll(wave.finished, { timeout: 30_000 }).toBe(true);
  await expect.poll(() => mediaSrc(page)).toMatch(/\/sim\/media\/[0-9a-f-]+\.mp3$/);
  // The element reads 0 until the new file's first bytes take the seek; the player's own
  // position (what the slider shows) never went back.
  expect(await valueNow(first.getByRole('slider', { name: 'Seek' }))).toBeGreaterThan(3);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(3);
  const before = await mediaTime(page);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(before + 0.5);
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('waveforms are computed once and drawn from the cache on the next visit', async ({ page }) => {
  const task = finishedTaskId();
  const mp3: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.mp3')) mp3.push(r.url());
  });
  await page.goto(`/task/${task}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  await cards.first().getByRole('slider', { name: 'Seek' }).scrollIntoViewIfNeeded();
  const bars = (i: number) =>
    cards.nth(i).getByRole('slider', { name: 'Seek' }).locator('rect').count();
  // Both cards are on screen; their peaks are computed one after the other, bars appearing
  // as the bytes arrive, until every bar of the card's drawing is there.
  await expect.poll(() => bars(0), { timeout: 20_000 }).toBe(96);
  await expect.poll(() => bars(1), { timeout: 20_000 }).toBe(96);
  expect(mp3.length).toBeGreaterThan(0);

  mp3.length = 0;
  await page.reload();
  await expect.poll(() => bars(0), { timeout: 10_000 }).toBeGreaterThan(20);
  await expect.poll(() => bars(1), { timeout: 10_000 }).toBeGreaterThan(20);
  await page.waitForTimeout(1000);
  expect(mp3).toEqual([]);
});

test('when the audio host refuses cross-origin reads, playback works and the card says why', async ({
  page,
  baseURL,
}) => {
  await serveMediaWithoutCors(page, baseURL, 'audio_url');
  const cards = await openFinishedTask(page);
  await cards.first().getByRole('slider', { name: 'Seek' }).scrollIntoViewIfNeeded();
  await expect(cards.first().getByText(/does not allow this page to read/)).toBeVisible({
    timeout: 20_000,
  });
  await cards.first().getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.3);
  expect(await mediaSrc(page)).toContain('nocors=1');
});

test('with Data Saver on, cards wait to be played, then the waveform grows from the played bytes', async ({
  page,
  context,
}) => {
  // What Chromium reports when the person turned on Data Saver.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', {
      get: () => ({ saveData: true, effectiveType: '4g' }),
      configurable: true,
    });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Slow enough that the download of a clip takes seconds: the waveform is seen growing.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 600_000 / 8,
    uploadThroughput: 600_000 / 8,
  });
  const mp3: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.mp3')) mp3.push(r.url());
  });
  const cards = await openFinishedTask(page);
  const [first, second] = [cards.first(), cards.nth(1)];
  await page.waitForTimeout(1000);
  // Nothing is downloaded for waveforms nobody asked to hear: placeholders.
  expect(mp3).toEqual([]);
  expect(await waveform(first).bars()).toBe(0);

  await first.getByRole('button', { name: 'Play' }).click();
  const wave = waveform(first);
  // Part of the waveform is drawn while the rest of the file is still on its way...
  await expect
    .poll(async () => {
      const n = await wave.bars();
      return n > 0 && n < 80;
    })
    .toBe(true);
  const early = await wave.bars();
  await expect
    .poll(async () => (await wave.bars()) > early || (await wave.finished()), { timeout: 30_000 })
    .toBe(true);
  // ...until the whole of it is there, from the one download that also plays.
  await expect.poll(wave.finished, { timeout: 60_000 }).toBe(true);
  const played = await mediaSrc(page);
  expect(mp3.filter((u) => u === played)).toHaveLength(1);
  expect(mp3.every((u) => u === played)).toBe(true);
  expect(await waveform(second).bars()).toBe(0);
});
