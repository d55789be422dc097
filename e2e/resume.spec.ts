import { expect, test } from '@playwright/test';
import { clipCards, finishedTaskId, mediaTime } from './helpers';

test('a reload brings back the clip and the moment, paused, with Resume; nothing loads until then', async ({
  page,
}) => {
  await page.goto(`/task/${finishedTaskId()}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  const second = cards.nth(1);
  const title = (await second.getByRole('heading').innerText()).trim();
  await second.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page), { timeout: 20_000 }).toBeGreaterThan(3);
  await second.getByRole('button', { name: 'Pause' }).click();
  const left = await mediaTime(page);

  const audio: string[] = [];
  page.on('request', (r) => {
    if (/\.(mp3|m4a)(\?|$)|\/sim\/stream/.test(r.url())) audio.push(r.url());
  });
  await page.reload();
  await expect(cards).toHaveCount(2);
  const bar = page.getByRole('region', { name: 'Now playing' });
  await expect(bar).toContainText(title);
  await expect(bar).toContainText('Where you left off');
  // Which take of the song, as well as which song.
  await expect(bar).toContainText('Take 2');
  const resume = bar.getByRole('button', { name: 'Resume playback' });
  await expect(resume).toBeVisible();
  // The bar is at that moment, and nothing plays or downloads by itself.
  const slider = bar.getByRole('slider', { name: 'Position' });
  await expect(slider).toHaveValue(String(Math.floor(left)));
  const source = () =>
    page.evaluate(
      () =>
        document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]')?.currentSrc ??
        '',
    );
  expect(await source()).toBe('');
  expect(audio).toEqual([]);

  await resume.click();
  await expect(bar.getByRole('button', { name: 'Pause playback' })).toBeVisible();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(left + 0.3);
  expect(await mediaTime(page)).toBeLessThan(left + 10);
  expect(audio.length).toBeGreaterThan(0);
  await expect(bar).not.toContainText('Where you left off');
  // The card playing stands out from the others.
  const border = (i: number) => cards.nth(i).evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(await border(1)).not.toBe(await border(0));
});
