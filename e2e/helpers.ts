import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A task or clip ID the simulator has never seen, so its clock starts fresh. */
export function freshId(): string {
  return randomUUID();
}

/** A `c0c0…` task is complete with its video at the first query. */
export function finishedTaskId(): string {
  return `c0c0${freshId().slice(4)}`;
}

/** An `aac4…` task is complete at the first query, its audio `.m4a` (AAC in MP4). */
export function m4aTaskId(): string {
  return `aac4${freshId().slice(4)}`;
}

export async function resetSim(request: APIRequestContext, ids: string[]): Promise<void> {
  const res = await request.post('/sim/control/reset', { data: { ids } });
  expect(res.ok()).toBe(true);
}

export async function lookUp(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Task or clip ID' });
  await box.fill(text);
  await box.press('Enter');
}

export function clipCards(page: Page) {
  return page.getByRole('article');
}

/** A card's "⋯" menu, opened (left open if it already is). */
export async function openCardMenu(card: Locator): Promise<Locator> {
  const more = card.getByRole('button', { name: /^More actions for / });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  const menu = card.getByRole('menu');
  await expect(menu).toBeVisible();
  return menu;
}

/**
 * One of a card's actions (Share, Download and its files, Keep, Watch video, Compare here,
 * Remove…), which live in its "⋯" menu: opens the menu and gives the item.
 */
export async function cardItem(card: Locator, name: string): Promise<Locator> {
  const menu = await openCardMenu(card);
  return menu
    .getByRole('menuitem', { name, exact: true })
    .or(menu.getByRole('menuitemcheckbox', { name, exact: true }));
}

/** Chooses one of a card's actions from its "⋯" menu. */
export async function cardAction(card: Locator, name: string): Promise<void> {
  await (await cardItem(card, name)).click();
}

/** The word beside a card's status that says it is kept ("Kept", "Keeping… 40%"). */
export function keptBadge(card: Locator, text: string | RegExp = 'Kept'): Locator {
  return card.getByText(text, { exact: true }).locator('visible=true');
}

/** Violations from axe-core, run inside the page. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; help: string; nodes: number }[]> {
  // evaluate() is not subject to the page's CSP, which (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}

/** Every request the page sends to the simulator's provider APIs. */
export function recordApiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/sim/sunoapi'))
      seen.push(`${req.method()} ${url.pathname}${url.search}`);
  });
  return seen;
}

/** The page's one media element: where playback really happens. */
export function mediaTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const media = document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]');
    return media ? media.currentTime : -1;
  });
}

/**
 * Rewrites the simulator's media URLs of one kind (mp3, mp4) to another origin ("localhost"
 * instead of 127.0.0.1) that sends no CORS headers, as a CDN might.
 */
export async function serveMediaWithoutCors(
  page: Page,
  baseURL: string | undefined,
  field: 'audio_url' | 'video_url',
): Promise<void> {
  const otherOrigin = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  const pattern = new RegExp(`"${field}":"https?://[^/"]+(/sim/media/[^"]+)"`, 'g');
  await page.route('**/sim/sunoapi-co/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(pattern, `"${field}":"${otherOrigin}$1?nocors=1"`);
    await route.fulfill({ response, body });
  });
}

/** Settings → sunoapi.com on the simulator's clips endpoint, with the given key. */
export async function switchToSunoapiCom(page: Page, baseURL: string | undefined, key: string) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label: 'sunoapi.com' });
  await settings
    .getByRole('textbox', { name: 'Base URL' })
    .fill(`${baseURL ?? ''}/sim/sunoapi-com`);
  await settings.getByLabel('API key').fill(key);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
}

/** The key the simulator's sunoapi.org dialect is given (any non-empty key will do). */
export const SUNOAPI_ORG_KEY = 'sk-test-key';

/** Settings → sunoapi.org / kie.ai on the simulator, whose lyrics are timed. */
export async function chooseSunoapiOrg(page: Page, baseURL: string) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label: 'sunoapi.org / kie.ai' });
  await settings.getByRole('textbox', { name: 'Base URL' }).fill(`${baseURL}/sim/sunoapi-org`);
  await settings.getByLabel('API key').fill(SUNOAPI_ORG_KEY);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
}
