import { expect, test, type Page } from '@playwright/test';
import { clipCards, finishedTaskId } from './helpers';

type Handlers = Record<string, (() => void) | undefined>;

/** Media Session handlers as the page registered them, so the test can press "hardware" keys. */
async function captureMediaSession(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const handlers: Record<string, unknown> = {};
    (window as unknown as { __mediaSession: Record<string, unknown> }).__mediaSession = handlers;
    const session = navigator.mediaSession;
    const original = session.setActionHandler.bind(session);
    session.setActionHandler = (action, handler) => {
      handlers[action] = handler;
      original(action, handler);
    };
  });
}

function pressMediaKey(page: Page, action: 'nexttrack' | 'previoustrack'): Promise<void> {
  return page.evaluate((name) => {
    const handlers = (window as unknown as { __mediaSession: Handlers }).__mediaSession;
    handlers[name]?.();
  }, action);
}

async function openTask(page: Page) {
  await page.goto(`/task/${finishedTaskId()}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1).getByText('Complete', { exact: true })).toBeVisible();
  return cards;
}

test('when a clip ends, the next clip of the lookup plays; Autoplay next can be turned off', async ({
  page,
}) => {
  const cards = await openTask(page);
  const [first, second] = [cards.first(), cards.nth(1)];
  await first.getByRole('button', { name: 'Play' }).click();
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
  const bar = page.getByRole('region', { name: 'Now playing' });
  await expect(bar.getByRole('checkbox', { name: 'Autoplay next' })).toBeChecked();

  // To the end of the first clip: the second one starts by itself.
  await first.getByRole('slider', { name: 'Seek' }).focus();
  await page.keyboard.press('End');
  await expect(second.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Play' })).toBeVisible();

  // Turned off, and remembered across a reload.
  await bar.getByRole('checkbox', { name: 'Autoplay next' }).uncheck();
  await page.reload();
  await expect(clipCards(page)).toHaveCount(2);
  await clipCards(page).first().getByRole('button', { name: 'Play' }).click();
  await expect(bar.getByRole('checkbox', { name: 'Autoplay next' })).not.toBeChecked();
  await clipCards(page).first().getByRole('slider', { name: 'Seek' }).focus();
  await page.keyboard.press('End');
  await expect(bar.getByRole('button', { name: 'Resume playback' })).toBeVisible();
  await expect(clipCards(page).nth(1).getByRole('button', { name: 'Play' })).toBeVisible();
});

test('previous and next in the now-playing bar and from the system media keys', async ({
  page,
}) => {
  await captureMediaSession(page);
  const cards = await openTask(page);
  const [first, second] = [cards.first(), cards.nth(1)];
  const firstTitle = (await first.getByRole('heading').innerText()).trim();
  await first.getByRole('button', { name: 'Play' }).click();

  const bar = page.getByRole('region', { name: 'Now playing' });
  await expect(bar.getByRole('link', { name: firstTitle })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(second.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Next' })).toBeDisabled();
  await bar.getByRole('button', { name: 'Previous' }).click();
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Headset and lock-screen keys go through Media Session.
  await pressMediaKey(page, 'nexttrack');
  await expect(second.getByRole('button', { name: 'Pause' })).toBeVisible();
  await pressMediaKey(page, 'previoustrack');
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();

  // The keyboard too: N and P.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(second.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('p');
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();

  // The title leads to the clip's page; the bar stays, still playing.
  await bar.getByRole('link', { name: firstTitle }).click();
  await expect(page).toHaveURL(/\/clip\//);
  await expect(bar.getByRole('button', { name: 'Pause playback' })).toBeVisible();
  await expect(bar.getByRole('slider', { name: 'Position' })).toBeVisible();
});

test('the now-playing bar fits a phone in one row, and unfolds its other controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const cards = await openTask(page);
  await cards.first().getByRole('button', { name: 'Play' }).click();
  const bar = page.getByRole('region', { name: 'Now playing' });
  // One row: the song and its Pause, the rest a tap away.
  await expect(bar.getByRole('button', { name: 'Pause playback' })).toBeInViewport();
  await expect(bar.getByRole('slider', { name: 'Position' })).toBeHidden();
  const rowHeight = (await bar.boundingBox())?.height ?? 0;
  expect(rowHeight).toBeLessThan(72);
  const more = bar.getByRole('button', { name: 'More controls' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Previous', 'Pause playback', 'Next']) {
    await expect(bar.getByRole('button', { name })).toBeInViewport();
  }
  await expect(bar.getByRole('slider', { name: 'Position' })).toBeInViewport();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});
