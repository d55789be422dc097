import { expect, test, type Page } from '@playwright/test';
import { clipCards, freshId } from './helpers';

/**
 * The fault matrix: every provider failure the simulator can stage, what the person should
 * see, and what they saw. Runs in one worker, in order, and prints its table at the end.
 */
test.describe.configure({ mode: 'default' });

interface Row {
  fault: string;
  expected: string;
  seen: string;
}
const rows: Row[] = [];

function faultTask(prefix: string): string {
  return `${prefix}${freshId().slice(prefix.length)}`;
}

/** Times (ms since the page opened) of each query the page sends for this id. */
function apiRequestTimes(page: Page, id: string): number[] {
  const times: number[] = [];
  const t0 = Date.now();
  page.on('request', (r) => {
    if (r.url().includes('/sim/sunoapi-') && (r.postData() ?? r.url()).includes(id)) {
      times.push(Date.now() - t0);
    }
  });
  return times;
}

test.afterAll(() => {
  const widths = [18, 58, 58];
  const line = (cells: string[]) =>
    cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 10)).join(' | ');
  console.log(`\nFault matrix\n${line(['fault', 'expected', 'seen'])}`);
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line([r.fault, r.expected, r.seen]));
});

test('two 500s, then success: clips appear with no reload', async ({ page }) => {
  const id = faultTask('fa170500');
  const times = apiRequestTimes(page, id);
  await page.goto(`/task/${id}`);
  await expect(
    page.getByRole('status').filter({ hasText: /HTTP 500.*Trying again/ }),
  ).toBeVisible();
  await expect(clipCards(page)).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  rows.push({
    fault: '500 twice',
    expected: 'retries with backoff, then clips; no reload',
    seen: `clips after ${times.length} requests, no error left`,
  });
});

test('429 with Retry-After: 3 waits at least 3 s and says so', async ({ page, request }) => {
  const id = faultTask('fa170429');
  await page.goto(`/task/${id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Waiting 3 s as asked' })).toBeVisible();
  await expect(clipCards(page)).toHaveCount(2, { timeout: 15_000 });
  // The simulator's own log times when each request arrived.
  const log = (await (await request.get('/sim/control/requests')).json()) as {
    requests: { ids: string[]; at: string }[];
  };
  const arrivals = log.requests.filter((r) => r.ids.includes(id)).map((r) => Date.parse(r.at));
  const gap = (arrivals[1] ?? 0) - (arrivals[0] ?? 0);
  expect(gap).toBeGreaterThanOrEqual(3000);
  rows.push({
    fault: '429 Retry-After 3',
    expected: '"Waiting 3 s as asked", next request ≥ 3 s later',
    seen: `said so; next request after ${(gap / 1000).toFixed(2)} s`,
  });
});

test('401 links to Settings and stops asking', async ({ page }) => {
  const id = faultTask('fa170401');
  const times = apiRequestTimes(page, id);
  await page.goto(`/task/${id}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('refused the API key');
  await alert.getByRole('button', { name: 'Open Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');
  const count = times.length;
  await page.waitForTimeout(6000);
  expect(times.length).toBe(count);
  rows.push({
    fault: '401',
    expected: 'key refused, Settings link, no more requests',
    seen: `Settings opened; ${count} request(s), none in the next 6 s`,
  });
});

test('404 says there is no such task', async ({ page }) => {
  await page.goto(`/task/${faultTask('fa170404')}`);
  await expect(page.getByRole('alert')).toContainText('nothing under that ID');
  rows.push({ fault: '404', expected: 'no such task or clip', seen: 'message shown' });
});

test('malformed JSON: a clear message, earlier clips still shown', async ({ page }) => {
  await page.goto(`/task/${faultTask('fa17bad0')}`);
  await expect(clipCards(page)).toHaveCount(2);
  await expect(page.getByRole('alert')).toContainText('not JSON', { timeout: 15_000 });
  await expect(page.getByRole('alert')).toContainText('last good answer');
  await expect(clipCards(page)).toHaveCount(2);
  rows.push({
    fault: 'malformed JSON',
    expected: 'unexpected-response message, clips kept',
    seen: 'message + 2 clips still shown',
  });
});

test('JSON that is not clips: says what was wrong', async ({ page }) => {
  await page.goto(`/task/${faultTask('fa17bad1')}`);
  await expect(page.getByRole('alert')).toContainText('no list of clips');
  rows.push({
    fault: 'not clips',
    expected: 'what was wrong with the answer',
    seen: '"has no list of clips"',
  });
});

test('a provider that never answers times out and says so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`/task/${faultTask('fa1771e0')}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'did not answer within 15 s' }),
  ).toBeVisible({ timeout: 25_000 });
  rows.push({
    fault: 'timeout',
    expected: 'timed out, retrying',
    seen: '"did not answer within 15 s. Trying again"',
  });
});

test('offline pauses checking and resumes when the connection returns', async ({
  page,
  context,
}) => {
  const id = freshId();
  const times = apiRequestTimes(page, id);
  await page.goto(`/task/${id}`);
  await expect(clipCards(page)).toHaveCount(2);
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  const before = times.length;
  await page.waitForTimeout(5000);
  const whileOffline = times.length - before;
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeHidden();
  await expect.poll(() => times.length, { timeout: 10_000 }).toBeGreaterThan(before + whileOffline);
  expect(whileOffline).toBe(0);
  await expect(clipCards(page)).toHaveCount(2);
  rows.push({
    fault: 'offline',
    expected: 'pauses, says so, resumes by itself',
    seen: `0 requests while offline, resumed after`,
  });
});

test('a task stuck in queued is called out, polled slowly, and can be stopped', async ({
  page,
}) => {
  const id = faultTask('fa175a11');
  const times = apiRequestTimes(page, id);
  await page.clock.install();
  await page.goto(`/task/${id}`);
  await expect(clipCards(page).first().getByText('Queued', { exact: true })).toBeVisible();
  // Four minutes pass: the page's timers and Date jump ahead, fetches stay real.
  for (let i = 0; i < 12; i += 1) {
    await page.clock.runFor(20_000);
    await page.waitForTimeout(100);
  }
  await expect(
    page.getByRole('status').filter({ hasText: /Still queued after [3-9] min/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Stop checking' }).click();
  await expect(page.getByText('Stopped checking for updates.')).toBeVisible();
  const stopped = times.length;
  await page.clock.runFor(120_000);
  await page.waitForTimeout(500);
  expect(times.length).toBe(stopped);
  await expect(clipCards(page)).toHaveCount(2);
  rows.push({
    fault: 'stalled queued',
    expected: '"still queued after N min", slower polls, a way to stop',
    seen: `said so after 4 min; stopped at ${stopped} requests`,
  });
});

test('a clip that ends in error shows its message on the card', async ({ page, request }) => {
  const glass = '5a1e0003-0000-4000-8000-000000000003';
  await request.post('/sim/control/reset', { data: { ids: [glass] } });
  await page.goto(`/task/${glass}`);
  const errorCard = clipCards(page).filter({ hasText: 'Error' }).first();
  await expect(errorCard.getByText('Error', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(errorCard).toContainText('Song Description contained artist name');
  rows.push({
    fault: 'clip error',
    expected: 'the error message on its card',
    seen: 'message on the card',
  });
});
