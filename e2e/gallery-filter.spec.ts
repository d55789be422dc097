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

test('the list view shows a row per clip, stays through a reload, and is remembered', async ({
  page,
}) => {
  await openBigGallery(page);
  const layout = page.getByRole('group', { name: 'View' });
  const list = layout.getByRole('button', { name: 'List' });
  await expect(layout.getByRole('button', { name: 'Grid' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await list.click();
  await expect(page).toHaveURL(/[?&]view=list/);
  await expect(list).toHaveAttribute('aria-pressed', 'true');

  const oneRowEach = async () => {
    const boxes = await clipCards(page).evaluateAll((cards) =>
      cards.slice(0, 3).map((card) => card.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(boxes).toHaveLength(3);
    const [a, b, c] = boxes as [DOMRect, DOMRect, DOMRect];
    // Stacked, full width, and short: a row, not a card.
    expect(b.x).toBe(a.x);
    expect(b.width).toBe(a.width);
    expect(b.y).toBeGreaterThan(a.y);
    expect(c.y).toBeGreaterThan(b.y);
    expect(a.height).toBeLessThan(160);
  };
  await oneRowEach();
  await page.reload();
  await expect(list).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });
  await expect(clipCards(page).first()).toBeVisible();
  await oneRowEach();
  // Still virtualised: only the rows near the viewport are mounted.
  expect(await clipCards(page).count()).toBeLessThan(40);
  await page.keyboard.press('End');
  await expect(page.getByRole('article', { name: / 500$/ })).toBeVisible({ timeout: 10_000 });
  expect(await clipCards(page).count()).toBeLessThan(40);

  // Another lookup whose address names no layout opens as the last one was left.
  await openBigGallery(page);
  await expect(list).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/[?&]view=/);
  await layout.getByRole('button', { name: 'Grid' }).click();
  await expect(page).toHaveURL(/[?&]view=grid/);
  await expect(list).toHaveAttribute('aria-pressed', 'false');
});

test('a card’s ⋯ menu works from the keyboard, in the list and the grid', async ({ page }) => {
  await page.goto(`/task/b16c0500${freshId().slice(8)}?view=list`);
  const first = clipCards(page).first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  const more = first.getByRole('button', { name: /^More actions for / });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');

  await more.focus();
  await page.keyboard.press('Enter');
  const menu = first.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Open clip page' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Arrows move through the items; Escape closes and gives focus back.
  const share = menu.getByRole('menuitem', { name: 'Share', exact: true });
  for (let i = 0; i < 6 && !(await share.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(share).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  // ArrowUp opens on the last item; choosing Share opens its dialog over the closed menu.
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Open clip page' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6 && !(await share.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Share/ });
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  await expect(menu).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();

  // A click elsewhere closes it, in the grid as well.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Grid' }).click();
  const card = clipCards(page).first();
  await card.getByRole('button', { name: /^More actions for / }).click();
  await expect(card.getByRole('menu')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('heading', { level: 2 }).first().click();
  await expect(card.getByRole('menu')).toBeHidden();
});
