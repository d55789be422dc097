import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cardAction, clipCards, m4aTaskId } from './helpers';

const DECODE_MESSAGE = 'No waveform: the audio could not be decoded.';

/** The element's `src`: a file plays from its own URL, a stream from a blob: URL. */
function mediaElementSrc(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]')?.src ?? '',
  );
}

test('an .m4a clip plays from its own file and draws its waveform, or says why not', async ({
  page,
}) => {
  const canPlayAac = await page.evaluate(
    () => document.createElement('audio').canPlayType('audio/mp4; codecs="mp4a.40.2"') !== '',
  );
  const audioRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/sim/media/') && r.url().endsWith('.m4a')) audioRequests.push(r.url());
  });
  await page.goto(`/task/${m4aTaskId()}`);
  const cards = clipCards(page);
  await expect(cards).toHaveCount(2);
  const first = cards.first();
  await expect(first.getByText('Complete', { exact: true })).toBeVisible();

  await first.getByRole('button', { name: 'Play' }).click();
  if (!canPlayAac) {
    // A browser built without AAC: the person is told so, not left with a silent spinner.
    await expect(page.getByText(/cannot play M4A \(AAC\) audio/)).toBeVisible();
    return;
  }
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
  const seek = first.getByRole('slider', { name: 'Seek' });
  await expect
    .poll(async () => Number(await seek.getAttribute('aria-valuenow')), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
  // AAC never goes into an MP3 MediaSource buffer: the element reads the file itself.
  expect(await mediaElementSrc(page)).toMatch(/\.m4a$/);
  expect(audioRequests.length).toBeGreaterThan(0);

  // The finished waveform (a canvas) or the decoder's honest message, never a stuck loading.
  const finished = seek.locator('canvas').first();
  const message = first.getByText(DECODE_MESSAGE);
  await expect(finished.or(message)).toBeVisible({ timeout: 30_000 });
  await expect(finished).toBeVisible();
  await expect(first.getByText(/^No waveform/)).toHaveCount(0);
});

test('an .m4a clip downloads as .m4a', async ({ page }) => {
  await page.goto(`/task/${m4aTaskId()}`);
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  const title = (await card.getByRole('heading').innerText()).trim();
  const id8 = ((await card.getAttribute('data-clip-id')) ?? '').slice(0, 8);
  await cardAction(card, 'Download');
  await expect(card.getByRole('menuitem', { name: 'MP3 audio' })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cardAction(card, 'M4A audio'),
  ]);
  expect(download.suggestedFilename()).toBe(`${title} - ${id8}.m4a`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
});
