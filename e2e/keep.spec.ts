import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import {
  axeViolations,
  cardAction,
  cardItem,
  clipCards,
  finishedTaskId,
  keptBadge,
  mediaTime,
} from './helpers';

/** ffprobe's reading of a saved MP3's tags: a reader other than the app's writer. */
function titleTagOf(file: string): string {
  const out = spawnSync('ffprobe', ['-v', 'error', '-show_format', '-of', 'json', file], {
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  return (
    (JSON.parse(out.stdout) as { format: { tags?: { title?: string } } }).format.tags?.title ?? ''
  );
}

test('kept clips play, seek and download from the device after the provider and its files stop answering', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const taskId = finishedTaskId();
  await page.goto(`/task/${taskId}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  const ids = await Promise.all(
    (await cards.all()).map(async (c) => (await c.getAttribute('data-clip-id')) ?? ''),
  );
  const titles = await Promise.all(
    (await cards.all()).map(async (c) => (await c.getByRole('heading').innerText()).trim()),
  );

  // One clip by its own button, then the rest of the task at once.
  const keep = await cardItem(cards.first(), 'Keep');
  await expect(keep).toHaveAttribute('aria-checked', 'false');
  await keep.click();
  // A whole file and its cover, at the simulator's pace; the card says so beside its status.
  const stored = { timeout: 45_000 };
  await expect(keptBadge(cards.first())).toBeVisible(stored);
  await expect(await cardItem(cards.first(), 'Kept')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keep all' }).click();
  await expect(page.getByRole('button', { name: 'All kept' })).toHaveAttribute(
    'aria-pressed',
    'true',
    stored,
  );
  await expect(keptBadge(cards.nth(1))).toBeVisible();

  // From here the provider knows nothing of the task and every file link is dead.
  const asked: string[] = [];
  await page.route('**/sim/**', async (route) => {
    const url = route.request().url();
    if ([taskId, ...ids].some((id) => url.includes(id))) asked.push(url);
    await route.fulfill({ status: 404, body: 'gone' });
  });
  await page.goto('/');
  const kept = page.getByRole('region', { name: 'Kept on this device' });
  await expect(kept).toContainText('2 clips');
  await expect(kept).toContainText(/MB used/);
  const keptCards = kept.getByRole('article');
  await expect(keptCards).toHaveCount(2);
  for (const title of titles) await expect(kept).toContainText(title);
  expect(await axeViolations(page)).toEqual([]);

  // It plays from its local copy and seeks within it.
  // Two takes of a song share a title: the card is found by its clip.
  const card = kept.locator(`[data-clip-id="${ids[0] ?? ''}"]`);
  await card.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page), { timeout: 20_000 }).toBeGreaterThan(0.5);
  const src = await page.evaluate(
    () => document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]')?.src ?? '',
  );
  expect(src.startsWith('blob:')).toBe(true);
  const seek = card.getByRole('slider', { name: 'Seek' });
  await seek.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(10);

  // Saved from the local copy, tagged like any download.
  await cardAction(card, 'Download');
  const [saved] = await Promise.all([page.waitForEvent('download'), cardAction(card, 'MP3 audio')]);
  expect(titleTagOf(await saved.path())).toBe(titles[0]);

  // Shared as the provider's link to it, as any card is.
  await cardAction(card, 'Share');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    new RegExp(`clip=${ids[0] ?? ''}`),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Still there after a reload; removed one by one, then all at once after a confirmation.
  await page.reload();
  await expect(keptCards).toHaveCount(2);
  await cardAction(keptCards.first(), 'Remove');
  await expect(keptCards).toHaveCount(1);
  await expect(kept).toContainText('1 clip');
  await kept.getByRole('button', { name: 'Remove all' }).click();
  await kept.getByRole('button', { name: 'Remove 1 clip' }).click();
  await expect(kept).toBeHidden();
  // The recent lookups below show the task's first cover from its link: theirs, not the kept copy.
  const recentCover = `/sim/media/image_${ids[0] ?? ''}.jpeg`;
  expect(asked.filter((url) => !url.endsWith(recentCover))).toEqual([]);
});
