import { expect, test } from '@playwright/test';
import { freshId } from './helpers';

test('a gallery of 500 clips mounts only the cards near the viewport', async ({ page }) => {
  const task = `b16c0500${freshId().slice(8)}`;
  await page.goto(`/task/${task}`);
  const articles = page.getByRole('article');
  await expect(articles.first()).toBeVisible({ timeout: 20_000 });
  const mountedAtTop = await articles.count();
  expect(mountedAtTop).toBeGreaterThan(0);
  expect(mountedAtTop).toBeLessThan(40);

  // Scroll to the end: the last clip is reachable and the mounted count stays small.
  await page.keyboard.press('End');
  await expect(page.getByRole('article', { name: / 500$/ })).toBeVisible({ timeout: 10_000 });
  expect(await articles.count()).toBeLessThan(40);

  // The page does not fetch audio for cards it only scrolled past.
  const mp3 = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((e) => e.name.includes('.mp3')).length,
  );
  expect(mp3).toBeLessThanOrEqual(8);
});
