/** The installable app: its manifest, and the shell that opens with no network. */
import { expect, test, type Page } from '@playwright/test';
import { cardAction, finishedTaskId, keptBadge, mediaTime } from './helpers';

/** Waits until the service worker has installed the shell and serves this page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

test.describe('installed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the app opens offline, on the start page and on a deep link, and no lookup is cached', async ({
    page,
    context,
  }) => {
    const task = finishedTaskId();
    await page.goto(`/task/${task}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    await controlled(page);
    // Chromium's own verdict, the one its install button and Lighthouse's check go by.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are incognito ones, where Chromium installs nothing: not the app's.
    const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    expect(errors).toEqual([]);

    // What the worker keeps is the built shell: no provider answer, relay or media.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0);
    for (const url of cached) {
      const { origin, pathname } = new URL(url);
      expect(origin, url).toBe(new URL(page.url()).origin);
      expect(pathname, url).toMatch(
        /^\/(?:index\.html|assets\/[^/]+|[\w-]+\.(?:png|svg|webmanifest))$/,
      );
    }

    // The worker's own requests fail too: what answers below is its cache, not the server.
    const failedInWorker: string[] = [];
    context.on('requestfailed', (r) => {
      if (r.serviceWorker()) failedInWorker.push(new URL(r.url()).pathname);
    });
    await context.setOffline(true);
    await page.goto('/');
    expect(failedInWorker).toContain('/');
    await expect(page.getByRole('link', { name: 'Clip Viewer' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Task or clip ID' })).toBeVisible();

    // A client route the server would answer is answered by the shell, and its page loads.
    await page.goto(`/task/${task}/clip/0000aaaa-0000-4000-8000-000000000000`);
    await expect(page.getByRole('link', { name: 'Clip Viewer' })).toBeVisible();
    await expect(page.getByText('This page could not load')).toHaveCount(0);
    await context.setOffline(false);
  });

  test('offline, the start page lists the clips kept on this device, and they play', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/task/${finishedTaskId()}`);
    const card = page.getByRole('article').first();
    const title = (await card.getByRole('heading').innerText()).trim();
    await controlled(page);
    await cardAction(card, 'Keep');
    await expect(keptBadge(card)).toBeVisible({ timeout: 45_000 });

    await context.setOffline(true);
    await page.goto('/');
    const kept = page.getByRole('region', { name: 'Kept on this device' });
    await expect(kept).toContainText('1 clip');
    await expect(kept.getByRole('article')).toContainText(title);
    await kept.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => mediaTime(page), { timeout: 20_000 }).toBeGreaterThan(0.5);
    await context.setOffline(false);
  });

  test('the embeddable player registers no service worker', async ({ page }) => {
    const task = finishedTaskId();
    await page.goto(`/embed/task/${task}?p=demo`);
    await page.waitForLoadState('load');
    // Past the moment the app would have registered it (once idle after load).
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
    expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
  });
});

test('the manifest makes the app installable: name, start URL, standalone, icons', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const answer = await request.get(href ?? '');
  expect(answer.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await answer.json()) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    theme_color?: string;
    background_color?: string;
    icons?: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Clip Viewer',
    short_name: 'Clip Viewer',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons ?? [];
  const png = (size: string, purpose: string) =>
    icons.find((i) => i.sizes === size && i.type === 'image/png' && i.purpose === purpose);
  for (const icon of [png('192x192', 'any'), png('512x512', 'any'), png('512x512', 'maskable')]) {
    expect(icon).toBeDefined();
    const image = await request.get(icon?.src ?? '');
    expect(image.status(), icon?.src).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(await page.locator('meta[name="theme-color"]').count()).toBe(1);
});
