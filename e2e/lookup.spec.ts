import { expect, test } from '@playwright/test';
import {
  axeViolations,
  clipCards,
  finishedTaskId,
  freshId,
  lookUp,
  mediaTime,
  recordApiRequests,
  resetSim,
  switchToSunoapiCom,
} from './helpers';

const DEMO_TASK = '5a1e0001-0000-4000-8000-000000000001';

test('a pasted demo task goes Queued → Streaming → Complete and plays', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await resetSim(request, [DEMO_TASK]);
  await page.goto('/');
  await lookUp(page, DEMO_TASK);
  await expect(page).toHaveURL(new RegExp(`/task/${DEMO_TASK}$`));

  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  for (const status of ['Queued', 'Streaming', 'Complete']) {
    for (const card of await cards.all()) {
      await expect(card.getByText(status, { exact: true })).toBeVisible({ timeout: 45_000 });
    }
  }

  const first = cards.first();
  await expect(first).toHaveAccessibleName('Neon Harbor');
  await expect(cards.nth(1)).not.toHaveAccessibleName('Untitled clip');
  await expect(
    first.getByRole('list', { name: 'Tags' }).getByRole('listitem').first(),
  ).toBeVisible();

  // Covers are real images that decoded.
  for (const card of await cards.all()) {
    const img = card.locator('img').first();
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { timeout: 15_000 })
      .toBeGreaterThan(0);
  }

  // The audio plays: the page's one media element advances, and so does the Seek slider.
  await first.getByRole('button', { name: 'Play' }).click();
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(0.5);
  await expect
    .poll(async () =>
      Number(await first.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow')),
    )
    .toBeGreaterThanOrEqual(1);
});

test('clip IDs look up sunoapi.com-style after switching the provider', async ({
  page,
  baseURL,
}) => {
  const [a, b] = [freshId(), freshId()];
  const auth: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/sim/sunoapi-com/')) auth.push(req.headers().authorization ?? '');
  });
  await page.goto('/');
  await switchToSunoapiCom(page, baseURL, 'e2e-secret-key');

  await lookUp(page, `${a}, ${b}`);
  await expect(page).toHaveURL(new RegExp(`/clips/${a},${b}$`));
  await expect(clipCards(page)).toHaveCount(2);
  expect(auth.length).toBeGreaterThan(0);
  expect(auth.every((h) => h === 'Bearer e2e-secret-key')).toBe(true);
  expect(page.url()).not.toContain('e2e-secret-key');
});

test('bad input shows what was expected and sends no request', async ({ page }) => {
  const requests = recordApiRequests(page);
  await page.goto('/');
  await lookUp(page, 'not an id <b>at all</b>');
  await expect(page.getByRole('alert')).toContainText(/task ID|clip ID/i);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert')).toContainText(/task ID|clip ID/i);

  // Each message names what was wrong; the box keeps the text, the hint stays below.
  const box = page.getByRole('textbox', { name: 'Task or clip ID' });
  for (const [text, said] of [
    ['hello world', '“hello world” isn’t a task ID, clip ID or suno.com link.'],
    ['https://example.com/x', 'example.com links can’t be looked up'],
    ['5a1e0001-0000-4000', 'looks like part of an ID'],
  ] as const) {
    await lookUp(page, text);
    await expect(page.getByRole('alert')).toContainText(said);
    await expect(box).toHaveValue(text);
    await expect(page.getByText(/^Paste a task ID \(like/)).toBeVisible();
  }
  // Before pressing Look up, the hint says what will happen.
  await box.fill('5a1e0001-0000-4000-8000-000000000001');
  await expect(page.getByText('Looks up the task with Demo simulator.')).toBeVisible();
  // A word among IDs is named before Look up, and left out of it.
  await box.fill('5a1e0001-0000-4000-8000-000000000001, oops');
  await expect(
    page.getByText(
      'Looks up the task with Demo simulator. Leaves out “oops” (not a task ID, clip ID or suno.com/song link).',
    ),
  ).toBeVisible();
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/task\/5a1e0001-0000-4000-8000-000000000001$/);
});

test('reload keeps the lookup, and back returns to the start page', async ({ page }) => {
  const id = freshId();
  await page.goto('/');
  await lookUp(page, id);
  await expect(clipCards(page)).toHaveCount(2);
  await page.reload();
  await expect(clipCards(page)).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Task or clip ID' })).toHaveValue(id);
  await page.goBack();
  await expect(page.getByRole('heading', { name: /come to life/ })).toBeVisible();
  await page.goForward();
  await expect(clipCards(page)).toHaveCount(2);
});

test('axe finds no violations on the empty state and the gallery', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Look up' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await lookUp(page, freshId());
  await expect(clipCards(page)).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
});

test('a part of the page that cannot load says so in its place; the rest stays', async ({
  page,
}) => {
  await page.goto(`/task/${finishedTaskId()}`);
  await expect(clipCards(page)).toHaveCount(2);
  // As after a new release removed the old files, or a dropped connection.
  await page.route('**/assets/settings-dialog-*.js', (route) => route.abort());
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Settings could not load. Check the connection, then reload the page.',
  );
  await expect(clipCards(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});
