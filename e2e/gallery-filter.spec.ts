import { expect, test, type Page } from '@playwright/test';
import { axeViolations, clipCards, freshId } from './helpers';

/** A `b16c0500…` task is a complete gallery of 500 clips (with SIM_TEST_TASKS=1). */
async function openBigGallery(page: Page): Promise<string> {
  const task = `b16c0500${freshId().slice(8)}`;
  await page.goto(`/task/${task}`);
  await expect(clipCards(page).first()).toBeVisible({ timeout: 20_000 });
  return task;
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ clips?$/ });

test('filtering 500 clips by a tag shows only those clips, and the address keeps it', async ({
  page,
}) => {
  await openBigGallery(page);
  await expect(count(page)).toHaveText('500 of 500 clips');

  // The most common tag comes first; its option says how many clips carry it.
  const tagSelect = page.getByRole('combobox', { name: 'Tag' });
  const first = tagSelect.locator('option').nth(1);
  const tag = (await first.getAttribute('value')) ?? '';
  const label = (await first.textContent()) ?? '';
  const expected = Number(/\((\d+)\)$/.exec(label)?.[1]);
  expect(tag).not.toBe('');
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(500);

  await tagSelect.selectOption(tag);
  await expect(count(page)).toHaveText(`${expected} of 500 clips`);
  await expect(page).toHaveURL(
    new RegExp(`[?&]tag=${encodeURIComponent(tag).replace(/%20/g, '\\+')}`),
  );

  const everyCardHasTag = async () => {
    const tagsPerCard = await clipCards(page).evaluateAll((cards) =>
      cards.map((card) =>
        [...card.querySelectorAll('[aria-label="Tags"] li')].map((li) =>
          (li.textContent ?? '').toLowerCase(),
        ),
      ),
    );
    expect(tagsPerCard.length).toBeGreaterThan(0);
    for (const tags of tagsPerCard) expect(tags).toContain(tag.toLowerCase());
  };
  await everyCardHasTag();

  // The end of the filtered list is reachable and still only that tag.
  await page.keyboard.press('End');
  await everyCardHasTag();

  await page.reload();
  await expect(count(page)).toHaveText(`${expected} of 500 clips`, { timeout: 20_000 });
  await expect(tagSelect).toHaveValue(tag);
  await everyCardHasTag();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(count(page)).toHaveText('500 of 500 clips');
  await expect(page).not.toHaveURL(/[?&]tag=/);
  await expect(page.getByRole('button', { name: 'Clear' })).toHaveCount(0);
});

test('a search that matches nothing says so, and Show all clips brings them back', async ({
  page,
}) => {
  await openBigGallery(page);
  const box = page.getByRole('searchbox', { name: 'Search clips' });
  await box.fill('zzqx no such words');
  await expect(count(page)).toHaveText('0 of 500 clips');
  await expect(page.getByText('No clips match this search and these filters.')).toBeVisible();
  await expect(clipCards(page)).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]q=zzqx/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Show all clips' }).click();
  await expect(count(page)).toHaveText('500 of 500 clips');
  await expect(box).toHaveValue('');
  await expect(clipCards(page).first()).toBeVisible();
});

test('changing the sort keeps the reader where they were on the page', async ({ page }) => {
  await openBigGallery(page);
  await page.evaluate(() => window.scrollTo({ top: 2000 }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Title' });
  await expect(page).toHaveURL(/[?&]sort=title/);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
});
