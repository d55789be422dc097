import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cardAction, clipCards, finishedTaskId, m4aTaskId, serveMediaWithoutCors } from './helpers';

interface Probe {
  format: { tags?: Record<string, string> };
  streams: { codec_type: string; width?: number; disposition?: { attached_pic?: number } }[];
}

/** ffprobe's reading of a saved file: a reader other than the app's writer. */
function probe(file: string): Probe {
  const out = spawnSync(
    'ffprobe',
    ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file],
    {
      encoding: 'utf8',
    },
  );
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Probe;
}

async function download(page: Page, card: Locator, item: string): Promise<string> {
  await cardAction(card, 'Download');
  const [saved] = await Promise.all([page.waitForEvent('download'), cardAction(card, item)]);
  return saved.path();
}

test('a downloaded MP3 carries its title, artist, lyrics, cover (at most 1000 px) and clip ID as ID3 tags', async ({
  page,
}) => {
  await page.goto(`/task/${finishedTaskId()}`);
  const card = clipCards(page).first();
  await expect(card).toBeVisible();
  const title = (await card.getByRole('heading').innerText()).trim();
  const clipId = (await card.getAttribute('data-clip-id')) ?? '';
  const file = await download(page, card, 'MP3 audio');
  expect([...readFileSync(file).subarray(0, 4)]).toEqual([0x49, 0x44, 0x33, 3]);
  const probed = probe(file);
  const tags = probed.format.tags ?? {};
  expect(tags.title).toBe(title);
  expect(tags.artist ?? '').not.toBe('');
  expect(Object.keys(tags).some((k) => k.startsWith('lyrics'))).toBe(true);
  expect(tags['Suno clip ID']).toBe(clipId);
  expect(tags['Share link']).toContain(`clip=${clipId}`);
  const pictures = probed.streams.filter((s) => s.disposition?.attached_pic === 1);
  // The simulator's large cover is 1024 px square: scaled down to the 1000 px cap.
  expect(pictures.map((p) => p.width)).toEqual([1000]);
  await expect(card.getByRole('status')).toHaveCount(0);
});

test('an M4A downloads as it came, with no ID3 tag put in front', async ({ page }) => {
  await page.goto(`/task/${m4aTaskId()}`);
  const card = clipCards(page).first();
  await expect(card).toBeVisible();
  const bytes = readFileSync(await download(page, card, 'M4A audio'));
  expect(bytes.subarray(4, 8).toString()).toBe('ftyp');
});

test('where the audio host refuses cross-origin reads, the MP3 opens untagged and the note says so', async ({
  page,
  baseURL,
}) => {
  await serveMediaWithoutCors(page, baseURL, 'audio_url');
  await page.goto(`/task/${finishedTaskId()}`);
  const card = clipCards(page).first();
  await cardAction(card, 'Download');
  const [popup] = await Promise.all([page.waitForEvent('popup'), cardAction(card, 'MP3 audio')]);
  expect(popup.url()).toContain('nocors=1');
  await expect(card.getByRole('status')).toContainText('opened in a new tab');
  await expect(card.getByRole('status')).toContainText('has no tags');
});
