import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clipCards, mediaTime, resetSim } from './helpers';

// The seeds' sample responses, as the repository keeps them for its tests.
const fixtures = path.resolve(process.cwd(), 'src/domain/providers/fixtures');
const coFixture = readFileSync(path.join(fixtures, 'sunoapi-co-query-complete.json'), 'utf8');
const comFixture = readFileSync(path.join(fixtures, 'sunoapi-com-clips-complete.json'), 'utf8');

/** The seeds' sample responses, served as the provider's answer. */
async function serveFixtures(page: Page): Promise<void> {
  await page.route('**/sim/sunoapi-co/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: coFixture }),
  );
  await page.route('**/sim/sunoapi-com/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: comFixture }),
  );
  // The fixtures' media live on Suno's CDN, which this machine cannot reach.
  await page.route(/https:\/\/cdn[12]\.suno\.ai\//, (route) => route.abort());
}

test('the clip view shows every field of the sunoapi.com sample clip', async ({ page }) => {
  await serveFixtures(page);
  const a = '00e6b9e4-c29c-4cfe-8d7a-5b3f06ff5b90';
  const b = '7070ec00-462e-42ac-9b9f-1074977f473f';
  await page.goto(`/clips/${a},${b}`);
  await expect(clipCards(page)).toHaveCount(2);
  await clipCards(page).first().getByRole('link', { name: 'Starry' }).click();
  await expect(page).toHaveURL(new RegExp(`/clips/${a},${b}/clip/${a}$`));

  const view = page.getByRole('article', { name: 'Starry' });
  await expect(view.getByRole('heading', { name: 'Starry', level: 2 })).toBeVisible();
  await expect(view).toContainText('AmbientLens971 @ambientlens971');
  await expect(view.getByRole('list', { name: 'Tags' })).toHaveText('heavy metal');
  // The facts wait under "Details": the song comes first.
  await view.getByText('Details', { exact: true }).click();
  const facts: [string, string][] = [
    // The model as people know it, the provider's codename beside it.
    ['Model', 'v3.5'],
    ['Model name', 'chirp-v3'],
    ['Duration', '3:11'],
    ['Plays', '0'],
    ['Upvotes', '0'],
    ['Visibility', 'Private'],
    ['Vocals', 'Vocal'],
    ['Type', 'gen'],
    ['Clip ID', a],
  ];
  for (const [label, value] of facts) {
    await expect(
      view.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd'),
    ).toHaveText(value);
  }
  await expect(view.locator('dt', { hasText: /^Created$/ }).locator('+ dd')).toContainText('2024');
  await expect(view.getByText('Complete', { exact: true })).toBeVisible();

  const lyrics = view.getByRole('region', { name: 'Lyrics' });
  for (const heading of ['Verse', 'Verse 2', 'Chorus', 'Verse 3', 'Bridge']) {
    await expect(lyrics.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
  }
  await expect(lyrics).toContainText('Stars they shine above me');
  await expect(lyrics).not.toContainText('[');
  await expect(view.getByRole('button', { name: 'Copy lyrics' })).toBeVisible();

  const history = view.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Upload of 2e584f32-7ae3-4b2d-93f6-391f65a01f15');
  await expect(history).toContainText('source web');
  await expect(history).toContainText('continues at 0:48');
  await expect(
    history.getByRole('link', { name: '2e584f32-7ae3-4b2d-93f6-391f65a01f15' }).first(),
  ).toHaveAttribute('href', '/clips/2e584f32-7ae3-4b2d-93f6-391f65a01f15');

  await view.getByText('Raw JSON').click();
  await expect(view.locator('pre')).toContainText('"continueAt": 48.762');
  await expect(view.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
});

test('the clip view shows the sunoapi.co sample: untitled, task prompt, handle, model', async ({
  page,
}) => {
  await serveFixtures(page);
  const task = '976bdbf8-b5c9-4eda-b5cd-40f0e8fc875e';
  const clip = 'c83a492a-40ac-4606-a1c3-76487a85aaca';
  await page.goto(`/task/${task}/clip/${clip}`);
  const view = page.getByRole('article', { name: 'Untitled clip' });
  await expect(view).toContainText('@detachedchorale937');
  await expect(view.getByRole('region', { name: 'Task prompt' })).toContainText(
    'This song is like an old house',
  );
  await expect(view.locator('dt', { hasText: /^Model$/ }).locator('+ dd')).toHaveText('v3.5');
  await expect(view.locator('dt', { hasText: /^Model name$/ }).locator('+ dd')).toHaveText(
    'chirp-v3.5',
  );
  await expect(view.locator('dt', { hasText: /^Visibility$/ }).locator('+ dd')).toHaveText(
    'Private',
  );
  await expect(view.getByRole('region', { name: 'History' })).toContainText('no earlier clips');
});

test('an extended clip shows its lineage, and its continue_at mark seeks', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const paper = '5a1e0002-0000-4000-8000-000000000002';
  await resetSim(request, [paper]);
  await page.goto(`/task/${paper}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    await expect(card.getByText('Complete', { exact: true })).toBeVisible({ timeout: 60_000 });
  }
  const extended = page.getByRole('article', { name: 'Paper Lanterns', exact: true });
  const mark = extended.getByRole('button', { name: 'extended from 0:48' });
  await mark.click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(48);
  expect(await mediaTime(page)).toBeLessThan(52);

  await extended.getByRole('link', { name: 'Paper Lanterns' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Extend of 5a1e0001-c000-4000-8000-000000000001');
  await expect(history).toContainText('continues at 0:48');
  await history.getByRole('link', { name: '5a1e0001-c000-4000-8000-000000000001' }).first().click();
  await expect(page).toHaveURL(/\/clips\/5a1e0001-c000-4000-8000-000000000001$/);
  await expect(page.getByRole('article', { name: 'Neon Harbor' })).toBeVisible();
  // Once seen, the parent is named by its title.
  await page.goBack();
  await expect(history).toContainText('Extend of Neon Harbor');
  await expect(history.getByRole('link', { name: 'Neon Harbor' }).first()).toHaveAttribute(
    'href',
    '/clips/5a1e0001-c000-4000-8000-000000000001',
  );
});
