/**
 * Lyrics that follow the music, through the simulator: with a provider that times its lyrics
 * (sunoapi.org), the line being sung is marked as playback reaches it, and a line seeks to its
 * start; with the Demo (no timings call) the lyrics are plain text, with no mark and no error.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  axeViolations,
  chooseSunoapiOrg,
  clipCards,
  finishedTaskId,
  lookUp,
  SUNOAPI_ORG_KEY as KEY,
} from './helpers';

/** Where each sung line starts, as the provider times it. */
async function lineStarts(
  request: APIRequestContext,
  baseURL: string,
  taskId: string,
  clipId: string,
): Promise<number[]> {
  const res = await request.post(
    `${baseURL}/sim/sunoapi-org/api/v1/generate/get-timestamped-lyrics`,
    { headers: { Authorization: `Bearer ${KEY}` }, data: { taskId, audioId: clipId } },
  );
  const body = (await res.json()) as {
    data: { alignedWords: { word: string; start_s: number }[] };
  };
  const words = body.data.alignedWords;
  // A line ends with the word that carries its break; the next word starts the next line.
  return words
    .filter((_, i) => i === 0 || (words[i - 1]?.word.endsWith('\n') ?? false))
    .map((w) => w.start_s);
}

/** Moves the page's one media element, as a seek from elsewhere (the bar, a key) would. */
async function playFrom(page: Page, seconds: number) {
  await page.evaluate((t) => {
    const media = document.querySelector<HTMLAudioElement>('audio[data-role="clip-player"]');
    if (media) media.currentTime = t;
  }, seconds);
}

async function openFirstClip(page: Page, taskId: string): Promise<string> {
  await lookUp(page, taskId);
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  await card.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/clip\/[0-9a-f-]{36}$/);
  return page.url().split('/').at(-1) ?? '';
}

test('the line being sung is marked as playback reaches it, and a line seeks to its start', async ({
  page,
  request,
  baseURL,
}) => {
  const base = baseURL ?? '';
  await page.goto('/');
  await chooseSunoapiOrg(page, base);
  const taskId = finishedTaskId();
  const clipId = await openFirstClip(page, taskId);
  const starts = await lineStarts(request, base, taskId, clipId);
  expect(starts.length).toBeGreaterThan(4);

  const view = page.locator(`article[data-clip-id="${clipId}"]`);
  const lyrics = view.getByRole('region', { name: 'Lyrics' });
  const lines = lyrics.getByRole('listitem').getByRole('button');
  await expect(lines).toHaveCount(starts.length);
  await expect(lyrics.getByRole('heading', { name: 'Verse', exact: true }).first()).toBeVisible();
  await expect(lyrics.locator('[aria-current="true"]')).toHaveCount(0);

  // Seek by clicking a later line: it becomes the current one, and the player moved there.
  const target = 3;
  const clickedAt = Date.now();
  await lines.nth(target).click();
  await expect(lines.nth(target)).toHaveAttribute('aria-current', 'true');
  await expect(lyrics.locator('[aria-current="true"]')).toHaveCount(1);
  const seek = view.getByRole('slider', { name: 'Seek' });
  await expect
    .poll(async () => Number(await seek.getAttribute('aria-valuenow')))
    .toBeGreaterThanOrEqual(Math.floor((starts[target] ?? 0) - 1));
  const at = Number(await seek.getAttribute('aria-valuenow'));
  // It went to that line, not further: later only by the time it has played since.
  const played = (Date.now() - clickedAt) / 1000;
  expect(at).toBeLessThan((starts[target + 1] ?? Infinity) + 1 + played);
  await expect(view.getByRole('button', { name: /^Pause/ })).toBeVisible();

  // Playing on, the next line becomes current when the playhead reaches it.
  const wait = ((starts[target + 1] ?? 0) - (starts[target] ?? 0)) * 1000 + 10_000;
  await expect(lines.nth(target + 1)).toHaveAttribute('aria-current', 'true', { timeout: wait });
  await expect(lines.nth(target)).not.toHaveAttribute('aria-current', 'true');
  // Inside it, the word being sung is marked as it is sung.
  await expect(lyrics.locator('[aria-current="true"] [data-current-word="true"]')).toHaveCount(1);
  await expect(lyrics.locator('[aria-current="true"]')).toHaveCount(1);

  // Enter on a line seeks too.
  await lines.nth(1).focus();
  await lines.nth(1).press('Enter');
  await expect(lines.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(async () => Number(await seek.getAttribute('aria-valuenow')))
    .toBeLessThan((starts[2] ?? 0) + 1);

  // The current line is kept in view inside the lyrics' own box…
  const box = lyrics.getByTestId('followed-lyrics');
  await box.scrollIntoViewIfNeeded();
  const last = starts.length - 1;
  await playFrom(page, (starts[last - 1] ?? 0) + 0.1);
  await expect(lines.nth(last - 1)).toHaveAttribute('aria-current', 'true');
  await playFrom(page, (starts[last] ?? 0) + 0.1);
  await expect(lines.nth(last)).toHaveAttribute('aria-current', 'true');
  await expect(lines.nth(last)).toBeInViewport();
  // …unless the person just scrolled it themselves. Back to a moment already loaded, so the
  // line changes well inside those few seconds even on a busy machine.
  await box.hover();
  await page.mouse.wheel(0, -5000);
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBe(0);
  await playFrom(page, (starts[last - 1] ?? 0) + 0.1);
  await expect(lines.nth(last - 1)).toHaveAttribute('aria-current', 'true');
  await page.waitForTimeout(500);
  expect(await box.evaluate((el) => el.scrollTop)).toBe(0);

  expect(await axeViolations(page)).toEqual([]);

  // The timed lyrics download beside the text one.
  await view.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(view.getByRole('button', { name: 'Lyrics (LRC, timed)' })).toBeVisible();
  await expect(view.getByRole('button', { name: 'Lyrics (text)' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Lyrics (LRC, timed)' }).click(),
  ]);
  const title = (await view.getByRole('heading', { level: 2 }).textContent()) ?? '';
  expect(download.suggestedFilename()).toBe(`${title} - ${clipId.slice(0, 8)}.lrc`);
  const lrc = readFileSync((await download.path()) ?? '', 'utf8');
  const stamps = [...lrc.matchAll(/^\[(\d{2}):(\d{2})\.(\d{2})\]/gm)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 100,
  );
  expect(stamps).toHaveLength(starts.length);
  stamps.forEach((t, i) => expect(Math.abs(t - (starts[i] ?? -1))).toBeLessThanOrEqual(0.01));
});

test('a Demo clip (no timings) shows its lyrics as text, with no mark and no error', async ({
  page,
}) => {
  await page.goto('/');
  const clipId = await openFirstClip(page, finishedTaskId());
  const view = page.locator(`article[data-clip-id="${clipId}"]`);
  const lyrics = view.getByRole('region', { name: 'Lyrics' });
  await expect(lyrics.getByRole('heading', { name: 'Verse', exact: true }).first()).toBeVisible();
  await view.getByRole('button', { name: /^Play/ }).click();
  await expect(view.getByRole('button', { name: /^Pause/ })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(lyrics.getByRole('listitem')).toHaveCount(0);
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await view.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(view.getByRole('button', { name: 'Lyrics (text)' })).toBeVisible();
  await expect(view.getByRole('button', { name: 'Lyrics (LRC, timed)' })).toHaveCount(0);
});

test('the now-playing bar’s Lyrics follow the clip playing, from the gallery', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await chooseSunoapiOrg(page, baseURL ?? '');
  await lookUp(page, finishedTaskId());
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: /^Play/ }).click();
  const bar = page.getByRole('region', { name: 'Now playing' });
  await bar.getByRole('button', { name: 'Lyrics', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Lyrics of the clip playing' });
  const lines = panel.getByRole('listitem').getByRole('button');
  await expect(lines.nth(2)).toBeVisible();
  await lines.nth(2).click();
  await expect(lines.nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(panel.locator('[aria-current="true"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
