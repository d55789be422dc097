import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { cardAction, clipCards, freshId, lookUp, recordApiRequests } from './helpers';

/** A batch: several sunoapi.co task IDs pasted at once, watched as one gallery grouped by task. */

const withPrefix = (prefix: string) => `${prefix}${freshId().slice(prefix.length)}`;

async function useSunoapiCo(page: Page, baseURL: string | undefined, key: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label: 'sunoapi.co' });
  await settings.getByRole('textbox', { name: 'Base URL' }).fill(`${baseURL ?? ''}/sim/sunoapi-co`);
  await settings.getByLabel('API key').fill(key);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
}

const taskHeadings = (page: Page) => page.getByRole('heading', { level: 3, name: /^Task \d+: / });

test('ten task IDs at once: ten groups fill in, four requests at most in flight, then quiet', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const key = `batch-${freshId()}`;
  // Each answer takes 1.5 s (the simulator's latency fault), so requests overlap.
  const tasks = Array.from({ length: 10 }, () => withPrefix('fa17de1a'));
  const requests = recordApiRequests(page);
  await page.goto('/');
  await useSunoapiCo(page, baseURL, key);
  await page.getByRole('textbox', { name: 'Task or clip ID' }).fill(tasks.join('\n'));
  await expect(page.getByText('Looks up 10 tasks together with sunoapi.co.')).toBeVisible();
  await page.getByRole('button', { name: 'Look up' }).click();

  await expect(taskHeadings(page)).toHaveCount(10);
  await expect(page.getByText(/^\d+ of 10 tasks done\./)).toBeVisible();
  await expect(page.getByText('10 of 10 tasks done.')).toBeVisible({ timeout: 90_000 });
  await expect(clipCards(page)).toHaveCount(20);

  const log = (await (await request.get('/sim/control/requests')).json()) as {
    requests: { ids: string[]; key: string | null; inFlight: number }[];
  };
  const fingerprint = createHash('sha256').update(key).digest('hex').slice(0, 12);
  const ours = log.requests.filter((r) => r.key === fingerprint);
  expect(ours.length).toBeGreaterThanOrEqual(20);
  const most = Math.max(...ours.map((r) => r.inFlight));
  expect(most).toBeLessThanOrEqual(4);
  // They really were asked together, not one after another.
  expect(most).toBeGreaterThan(1);
  expect(new Set(ours.flatMap((r) => r.ids))).toEqual(new Set(tasks));

  // Every task is done: nothing more is asked.
  const settled = requests.length;
  await page.waitForTimeout(6_000);
  expect(requests.length).toBe(settled);
});

test('a task that fails shows its own message while the others carry on', async ({
  page,
  baseURL,
}) => {
  const good = [withPrefix('c0c0'), withPrefix('c0c0')];
  const missing = withPrefix('fa170404');
  const broken = withPrefix('fa17bad1');
  await page.goto('/');
  await useSunoapiCo(page, baseURL, `k-${freshId()}`);
  await lookUp(page, [good[0], missing, broken, good[1]].join(', '));
  await expect(taskHeadings(page)).toHaveCount(4);
  await expect(clipCards(page)).toHaveCount(4);
  const sections = page.locator('section[aria-labelledby^="task-"]');
  await expect(sections.nth(1).getByRole('alert')).toContainText('nothing under that ID');
  await expect(sections.nth(2).getByRole('alert')).toContainText(/list of clips|not a task/);
  await expect(sections.nth(0).getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('2 of 4 tasks done, 2 failed.')).toBeVisible();
});

test('a wrong key stops the whole batch with one message', async ({ page, baseURL }) => {
  const refused = [withPrefix('fa170401'), withPrefix('fa170401'), withPrefix('fa170401')];
  await page.goto('/');
  await useSunoapiCo(page, baseURL, `k-${freshId()}`);
  await lookUp(page, refused.join(' '));
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('refused the API key');
  await expect(
    page.getByRole('alert').getByRole('button', { name: 'Open Settings' }),
  ).toBeVisible();
});

test('reload and a share link bring the same batch back, and the recent list shows it once', async ({
  page,
  browser,
  baseURL,
}) => {
  const tasks = [withPrefix('c0c0'), withPrefix('c0c0'), withPrefix('c0c0')];
  await page.goto('/');
  await lookUp(page, tasks.join(', '));
  await expect(page).toHaveURL(new RegExp(`/task/${tasks.join(',')}$`));
  await expect(taskHeadings(page)).toHaveCount(3);
  await expect(clipCards(page)).toHaveCount(6);

  await page.reload();
  await expect(taskHeadings(page)).toHaveCount(3);
  await expect(clipCards(page)).toHaveCount(6);

  const last = clipCards(page).last();
  const clipId = await last.getAttribute('data-clip-id');
  await cardAction(last, 'Share');
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const context = await browser.newContext({ baseURL });
  const friend = await context.newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { level: 3, name: /^Task \d+: / })).toHaveCount(3);
  await expect(friend.locator(`article[data-clip-id="${clipId}"]`)).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await context.close();

  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Clip Viewer' }).click();
  const recent = page.getByRole('list', { name: 'Recent lookups' });
  await expect(recent.getByText('batch of 3 tasks')).toHaveCount(1);
});

test('in a batch, takes are compared within their task and continuous play runs through every task', async ({
  page,
}) => {
  const tasks = [withPrefix('c0c0'), withPrefix('c0c0')];
  await page.goto(`/task/${tasks.join(',')}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(4);
  const playing = (n: number) => cards.nth(n).getByRole('button', { name: 'Pause' });

  // The second task's first take; 2 is its own second take, not the page's second clip.
  await cards.nth(2).getByRole('button', { name: 'Play' }).click();
  await expect(playing(2)).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('2');
  await expect(playing(3)).toBeVisible();
  // X goes round the task's takes; 3 is no take of a task of two.
  await page.keyboard.press('x');
  await expect(playing(2)).toBeVisible();
  await page.keyboard.press('3');
  await expect(playing(2)).toBeVisible();
  await expect(cards.getByRole('button', { name: 'Pause' })).toHaveCount(1);

  // The first task's last clip ends: the second task's first clip plays on.
  await cards.nth(1).getByRole('button', { name: 'Play' }).click();
  await expect(playing(1)).toBeVisible();
  await cards.nth(1).getByRole('slider', { name: 'Seek' }).focus();
  await page.keyboard.press('End');
  await expect(playing(2)).toBeVisible();
});
