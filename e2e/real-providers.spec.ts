import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  cardAction,
  clipCards,
  freshId,
  lookUp,
  mediaTime,
  recordApiRequests,
  resetSim,
} from './helpers';

/**
 * What real providers do that a tidy simulator would not: keys that must stay with their
 * provider, links that expire, clips sent twice, tasks that never end, answers too big to read,
 * and clips shaped as newer models shape them. The simulator stages each one.
 */

const fingerprint = (authorization: string) =>
  createHash('sha256').update(authorization).digest('hex').slice(0, 12);

interface LoggedRequest {
  path: string;
  ids: string[];
  key: string | null;
}

async function simLog(request: APIRequestContext): Promise<LoggedRequest[]> {
  const res = await request.get('/sim/control/requests');
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

async function saveProvider(
  page: Page,
  provider: 'sunoapi.co' | 'sunoapi.com' | 'Demo simulator',
  baseUrl: string | null,
  key: string | null,
): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label: provider });
  if (baseUrl !== null) await settings.getByRole('textbox', { name: 'Base URL' }).fill(baseUrl);
  if (key !== null) await settings.getByLabel('API key').fill(key);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
}

test('switching provider never sends one provider’s key to another, the Demo or a plain-http host', async ({
  page,
  request,
  baseURL,
}) => {
  const coKey = `co-${freshId()}`;
  const comKey = `com-${freshId()}`;
  const [coTask, demoTask] = [freshId(), freshId()];
  const clip = freshId();
  await page.goto('/');

  await saveProvider(page, 'sunoapi.co', `${baseURL}/sim/sunoapi-co`, coKey);
  await lookUp(page, coTask);
  await expect(clipCards(page)).toHaveCount(2);

  // sunoapi.com shows its own key (none yet), and a lookup asks for one rather than borrow.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label: 'sunoapi.com' });
  await expect(settings.getByLabel('API key')).toHaveValue('');
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await saveProvider(page, 'sunoapi.com', `${baseURL}/sim/sunoapi-com`, null);
  await lookUp(page, clip);
  await expect(page.getByRole('alert')).toContainText('Add your sunoapi.com API key');
  await saveProvider(page, 'sunoapi.com', null, comKey);
  await expect(clipCards(page)).toHaveCount(1);

  await saveProvider(page, 'Demo simulator', null, null);
  await lookUp(page, demoTask);
  await expect(clipCards(page)).toHaveCount(2);

  // Plain http to another computer: the dialog refuses to send the key there, and says why.
  const plain: string[] = [];
  await page.route('http://sim.example.test/**', (route) => {
    plain.push(route.request().headers().authorization ?? '');
    return route.abort();
  });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await settings.getByLabel('Provider').selectOption({ label: 'sunoapi.co' });
  await expect(settings.getByLabel('API key')).toHaveValue(coKey);
  await settings
    .getByRole('textbox', { name: 'Base URL' })
    .fill('http://sim.example.test/sim/sunoapi-co');
  await expect(settings).toContainText('only over https');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('plain http');
  await settings.getByRole('button', { name: 'Cancel' }).click();
  expect(plain).toEqual([]);

  // What the simulator received: each key only at its own provider, the Demo's own stand-in.
  const log = await simLog(request);
  const seen = (id: string) => log.filter((r) => r.ids.includes(id));
  expect(seen(coTask).length).toBeGreaterThan(0);
  expect(seen(coTask).every((r) => r.key === fingerprint(coKey))).toBe(true);
  expect(seen(coTask).every((r) => r.path.includes('/sunoapi-co/'))).toBe(true);
  // The clip was asked for with the sunoapi.com key, and (after switching) the Demo's own.
  const clipKeys = new Set(seen(clip).map((r) => r.key));
  expect(clipKeys.has(fingerprint(`Bearer ${comKey}`))).toBe(true);
  expect(
    [...clipKeys].every((k) =>
      [fingerprint(`Bearer ${comKey}`), fingerprint('Bearer demo')].includes(k ?? ''),
    ),
  ).toBe(true);
  expect(seen(demoTask).length).toBeGreaterThan(0);
  expect(seen(demoTask).every((r) => r.key === fingerprint('demo'))).toBe(true);
  const everyKey = log.map((r) => r.key);
  expect(everyKey).not.toContain(fingerprint(`Bearer ${coKey}`));
  expect(everyKey).not.toContain(fingerprint(comKey));
});

test('a clip sent twice and in capitals is one card whose page, share link and highlight work', async ({
  page,
  browser,
  baseURL,
}) => {
  const task = `d0b1${freshId().slice(4)}`;
  await page.goto(`/task/${task}`);
  await expect(clipCards(page)).toHaveCount(2);
  const first = clipCards(page).first();
  const id = await first.getAttribute('data-clip-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  await first.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/clip/${id}$`));
  await expect(page.getByRole('heading', { name: 'Lyrics' })).toBeVisible();
  await expect(page.getByText('This lookup has no clip with that ID.')).toHaveCount(0);
  await page.goBack();

  await cardAction(clipCards(page).first(), 'Share');
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const other = await browser.newContext({ baseURL });
  const friend = await other.newPage();
  await friend.goto(link);
  await expect(friend.locator(`article[data-clip-id="${id}"]`)).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await other.close();
});

test('a task that never finishes stops being checked at the cap, and resumes on request', async ({
  page,
}) => {
  const task = `fa175a11${freshId().slice(8)}`;
  const requests = recordApiRequests(page);
  await page.clock.install();
  await page.goto(`/task/${task}`);
  await expect(clipCards(page).first().getByText('Queued', { exact: true })).toBeVisible();
  // Half an hour passes on the page's clock; requests stay real.
  for (let i = 0; i < 70; i += 1) {
    await page.clock.runFor(30_000);
    await page.waitForTimeout(60);
  }
  await expect(
    page.getByText(/Still not finished after 3\d min\. Stopped checking\./),
  ).toBeVisible();
  const atCap = requests.length;
  await page.clock.runFor(10 * 60_000);
  await page.waitForTimeout(500);
  expect(requests.length).toBe(atCap);

  await page.getByRole('button', { name: 'Resume checking' }).click();
  await expect.poll(() => requests.length).toBeGreaterThan(atCap);
  await expect(page.getByText(/Still not finished/)).toHaveCount(0);
});

test('an answer too large to be clips ends in a clear error', async ({ page }) => {
  await page.goto(`/task/fa17b16b${freshId().slice(8)}`);
  await expect(page.getByRole('alert')).toContainText('larger than 5 MB');
});

/** A task whose media links are signed and expire SIM_SIGNED_TTL s (4 here) after each answer. */
async function openSignedTask(page: Page) {
  const requests = recordApiRequests(page);
  await page.goto(`/task/e7b1${freshId().slice(4)}`);
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  return { card, requests, before: requests.length };
}

test('expired media links are fetched again: a download and a cover work after the link expired', async ({
  page,
}) => {
  const { card, requests, before } = await openSignedTask(page);
  // The simulator's signed links live SIM_SIGNED_TTL seconds (4 in these journeys).
  await page.waitForTimeout(5_000);

  // The video was never fetched, so its expired link must be refreshed (the audio may be cached).
  await cardAction(card, 'Download');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cardAction(card, 'MP4 video'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.mp4$/);
  await expect(card.getByText(/refused/)).toHaveCount(0);
  expect(requests.length).toBe(before + 1);

  // The clip page's large cover was never loaded: its link has expired by now, and heals.
  await page.waitForTimeout(5_000);
  await card.getByRole('heading').getByRole('link').click();
  const cover = page.getByRole('article').locator('img').first();
  await expect
    .poll(() => cover.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
});

test('expired audio and video links heal in the player: play and watch go on without a reload', async ({
  page,
}) => {
  const { card, requests, before } = await openSignedTask(page);
  // The waveform fetched the audio already; a browser whose cache has let it go must ask again.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.waitForTimeout(5_000);

  // The audio link has expired: Play asks the provider once for the clip and plays the fresh link.
  await card.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(0.5);
  expect(requests.length).toBe(before + 1);
  const bar = page.getByRole('region', { name: 'Now playing' });
  await expect(bar.getByRole('alert')).toHaveCount(0);

  // Later the video's link has expired too: it is refreshed and takes over from the audio.
  await page.waitForTimeout(5_000);
  await cardAction(card, 'Watch video');
  const dialog = page.getByRole('dialog');
  const videoTime = () =>
    dialog.locator('video').evaluate((v) => (v as HTMLVideoElement).currentTime);
  await expect.poll(videoTime, { timeout: 15_000 }).toBeGreaterThan(1);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(requests.length).toBe(before + 2);
});

test('a link the provider keeps refusing is said once in the bar, with Retry', async ({ page }) => {
  // `fa170403` clips' media is always refused, like an unsigned link on Suno's CDN.
  await page.goto(`/clips/fa170403${freshId().slice(8)}`);
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible({ timeout: 45_000 });
  const requests = recordApiRequests(page);
  await card.getByRole('button', { name: 'Play' }).click();
  const alert = page.getByRole('region', { name: 'Now playing' }).getByRole('alert');
  await expect(alert).toContainText('answered 403');
  // The first failure asked the provider once for a fresh link, in vain.
  expect(requests).toHaveLength(1);
  const asked = requests.length;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('even after asking for a fresh one');
  expect(requests.length).toBe(asked + 1);
  // Nothing else is lost: the card and its controls stay.
  await expect(card.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('clips as newer models shape them: lineage, model versions, locked audio, unknown lengths', async ({
  page,
  request,
}) => {
  const task = '5a1e0004-0000-4000-8000-000000000004';
  await resetSim(request, [task]);
  await page.goto(`/task/${task}`);
  await expect(clipCards(page)).toHaveCount(4);
  const cover = page.getByRole('article', { name: 'Neon Harbor (Night Drive)' });
  // Before the length is known (Suno sends 0), the clip's page leaves it out rather than say 0:00.
  await cover.getByRole('heading').getByRole('link').click();
  const view = page.getByRole('article', { name: 'Neon Harbor (Night Drive)' });
  await expect(view.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(view.locator('dt', { hasText: /^Duration$/ })).toHaveCount(0);
  await page.goBack();
  await expect(cover.getByText('Complete', { exact: true })).toBeVisible({ timeout: 45_000 });

  const stem = page.getByRole('article', { name: 'Neon Harbor (Vocals)' });
  await expect(stem.getByText('Complete', { exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(stem).toContainText('The audio is locked');
  await expect(stem.getByRole('button', { name: 'Play' })).toHaveCount(0);

  await cover.getByRole('heading').getByRole('link').click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Cover of Neon Harbor');
  await expect(history).not.toContainText('no earlier clips');
  await expect(history.getByRole('link', { name: 'Neon Harbor' })).toHaveAttribute(
    'href',
    '/clips/5a1e0001-c000-4000-8000-000000000001',
  );
  // The model as a version people know, and its codename.
  await expect(view.locator('dt', { hasText: /^Model$/ }).locator('+ dd')).toHaveText('v5');
  await expect(view.locator('dt', { hasText: /^Model name$/ }).locator('+ dd')).toHaveText(
    'chirp-crow',
  );
  await page.goBack();

  await page
    .getByRole('article', { name: 'Harbor Lights Remix' })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Remix of Neon Harbor');
  // Its lyrics came as `lyric`, not `prompt`.
  await expect(page.getByRole('region', { name: 'Lyrics' })).toContainText('Same old harbor');
});
