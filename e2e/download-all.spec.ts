import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseSunoapiOrg,
  clipCards,
  finishedTaskId,
  freshId,
  lookUp,
  recordApiRequests,
} from './helpers';

/** The names in a ZIP, in the order they were written, read by Info-ZIP's unzip. */
function zipNames(file: string): string[] {
  const out = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.split('\n').filter((line) => line !== '');
}

function zipEntry(file: string, name: string): Buffer {
  // unzip reads its name arguments as wildcards; the brackets of a title would be classes.
  const pattern = name.replace(/[[\]*?\\]/g, (c) => `\\${c}`);
  const out = spawnSync('unzip', ['-p', file, pattern], { maxBuffer: 64 * 1024 * 1024 });
  expect(out.status, out.stderr.toString()).toBe(0);
  return out.stdout;
}

/** ffprobe's reading of an MP3's tags: a reader other than the app's writer. */
function tagsOf(bytes: Buffer): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'song.mp3');
  writeFileSync(file, bytes);
  const out = spawnSync('ffprobe', ['-v', 'error', '-show_format', '-of', 'json', file], {
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  return (
    (JSON.parse(out.stdout) as { format: { tags?: Record<string, string> } }).format.tags ?? {}
  );
}

/** Chromium has a save picker, which a test cannot answer: the ZIP comes as a download. */
async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
}

async function cardsOf(page: Page): Promise<{ id: string; title: string }[]> {
  const cards = await clipCards(page).all();
  return Promise.all(
    cards.map(async (card) => ({
      id: (await card.getAttribute('data-clip-id')) ?? '',
      title: (await card.getByRole('heading').first().innerText()).trim(),
    })),
  );
}

async function downloadAll(page: Page): Promise<{ file: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    page.getByRole('button', { name: 'Download all' }).click(),
  ]);
  return { file: await download.path(), name: download.suggestedFilename() };
}

test('Download all of a batch gives one ZIP: tagged MP3s, covers and a playlist in gallery order, and names a clip it left out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withoutSavePicker(page);
  await page.goto(`/task/${finishedTaskId()}`);
  await expect(clipCards(page)).toHaveCount(2);
  const ids = (await cardsOf(page)).map((c) => c.id);
  // Every file of a `fa170403` clip is refused, like an unsigned link on Suno's CDN.
  const refused = `fa170403${freshId().slice(8)}`;
  await page.goto(`/clips/${[...ids, refused].join(',')}`);
  await expect(clipCards(page)).toHaveCount(3);
  for (const card of await clipCards(page).all()) {
    await expect(card.getByText('Complete', { exact: true })).toBeVisible({ timeout: 60_000 });
  }
  const clips = await cardsOf(page);

  const { file, name } = await downloadAll(page);
  expect(name).toBe(`Suno clips - ${ids[0]?.slice(0, 8)}.zip`);
  const names = zipNames(file);
  const mp3s = clips.slice(0, 2).map((c) => `${c.title} - ${c.id.slice(0, 8)}.mp3`);
  expect(names.filter((n) => n.endsWith('.mp3'))).toEqual(mp3s);
  for (const c of clips.slice(0, 2))
    expect(names).toContain(`${c.title} - ${c.id.slice(0, 8)}.jpeg`);
  expect(names.some((n) => n.includes(refused.slice(0, 8)))).toBe(false);

  const first = clips[0] ?? { id: '', title: '' };
  const tags = tagsOf(zipEntry(file, mp3s[0] ?? ''));
  expect(tags.title).toBe(first.title);
  expect(tags.artist ?? '').not.toBe('');
  expect(tags['Suno clip ID']).toBe(first.id);

  const playlist = zipEntry(file, name.replace(/\.zip$/, '.m3u8')).toString('utf8');
  const lines = playlist.trim().split('\n');
  expect(lines[0]).toBe('#EXTM3U');
  expect(lines.filter((l) => !l.startsWith('#'))).toEqual(mp3s);
  expect(lines[1]).toMatch(new RegExp(`^#EXTINF:\\d+,.+ - ${first.title}$`));

  const status = page.getByRole('status').filter({ hasText: 'Saved 2 of 3 clips' });
  await expect(status).toContainText('Left out:');
  await expect(status).toContainText('answered 403');
});

test('expired links are healed through the lookup, and the ZIP streams into a picked file', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A picked file that keeps what is written to it, for the test to read back.
  await page.addInitScript(() => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const state = window as unknown as { zipChunks: Uint8Array<ArrayBuffer>[]; zipClosed: boolean };
    state.zipChunks = chunks;
    state.zipClosed = false;
    Object.defineProperty(window, 'showSaveFilePicker', {
      value: () =>
        Promise.resolve({
          createWritable: () =>
            Promise.resolve(
              new WritableStream<Uint8Array>({
                write: (chunk) => void chunks.push(chunk.slice()),
                close: () => void (state.zipClosed = true),
              }),
            ),
        }),
    });
  });
  // `e7b1` tasks' links are signed and expire after SIM_SIGNED_TTL (4 s in the journeys).
  const task = `e7b1${freshId().slice(4)}`;
  await page.goto(`/task/${task}`);
  await expect(clipCards(page)).toHaveCount(2);
  const clips = await cardsOf(page);
  await page.waitForTimeout(5_000);
  const asked = recordApiRequests(page);
  await page.getByRole('button', { name: 'Download all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 of 2 clips' })).toBeVisible({
    timeout: 45_000,
  });
  // The stale links were refused and the task asked for again.
  expect(asked.length).toBeGreaterThan(0);
  const base64 = await page.evaluate(async () => {
    const state = window as unknown as { zipChunks: Uint8Array<ArrayBuffer>[]; zipClosed: boolean };
    if (!state.zipClosed) return '';
    const bytes = new Uint8Array(await new Blob(state.zipChunks).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  });
  const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'clips.zip');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const mp3s = zipNames(file).filter((n) => n.endsWith('.mp3'));
  expect(mp3s).toEqual(clips.map((c) => `${c.title} - ${c.id.slice(0, 8)}.mp3`));
  expect([...readFileSync(file).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});

test('in a batch of tasks, each task’s own Download all saves that task’s clips, named after it', async ({
  page,
}) => {
  await withoutSavePicker(page);
  const tasks = [finishedTaskId(), finishedTaskId()];
  await page.goto(`/task/${tasks.join(',')}`);
  await expect(clipCards(page)).toHaveCount(4);
  const second = page.getByRole('region', { name: /^Task 2: / });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    second.getByRole('button', { name: 'Download all' }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name.endsWith(` - ${tasks[1]?.slice(0, 8)}.zip`)).toBe(true);
  expect(name.startsWith('Suno clips')).toBe(false);
  const ids = (await cardsOf(page)).map((c) => c.id.slice(0, 8));
  const mp3s = zipNames(await download.path()).filter((n) => n.endsWith('.mp3'));
  expect(mp3s.map((n) => n.slice(-12, -4))).toEqual(ids.slice(2));
});

test('where the provider times lyrics, each clip’s .lrc goes in beside its MP3', async ({
  page,
  baseURL,
}) => {
  await withoutSavePicker(page);
  await page.goto('/');
  await chooseSunoapiOrg(page, baseURL ?? '');
  await lookUp(page, finishedTaskId());
  await expect(clipCards(page)).toHaveCount(2);
  for (const card of await clipCards(page).all()) {
    await expect(card.getByText('Complete', { exact: true })).toBeVisible();
  }
  const clips = await cardsOf(page);
  const { file } = await downloadAll(page);
  const names = zipNames(file);
  for (const c of clips) {
    const lrc = `${c.title} - ${c.id.slice(0, 8)}.lrc`;
    expect(names).toContain(lrc);
    const text = zipEntry(file, lrc).toString('utf8');
    expect(text).toContain(`[ti:${c.title}]`);
    expect(text).toMatch(/^\[\d{2}:\d{2}\.\d{2}\]\S/m);
  }
});
