// @vitest-environment node
/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadAll } from './download-all';
import { song } from './test-fixtures/songs';

const mp3 = readFileSync(join(import.meta.dirname, 'test-fixtures', 'tiny.mp3'));

/** A picked file that keeps what is written to it, and whether it was closed or discarded. */
function pickedFile() {
  const chunks: Uint8Array[] = [];
  const state = { closed: false, aborted: false };
  const handle = {
    createWritable: () =>
      Promise.resolve(
        new WritableStream<Uint8Array>({
          write: (chunk) => void chunks.push(chunk.slice()),
          close: () => void (state.closed = true),
          abort: () => void (state.aborted = true),
        }),
      ),
  } as unknown as FileSystemFileHandle;
  return { handle, chunks, state };
}

/** The ZIP's names as Info-ZIP's unzip reads them: a reader other than the writer. */
function namesIn(chunks: Uint8Array[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'clips.zip');
  writeFileSync(file, Buffer.concat(chunks));
  const out = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.split('\n').filter((l) => l !== '');
}

beforeEach(() => {
  vi.stubGlobal('window', { location: { href: 'http://app.test/', origin: 'http://app.test' } });
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) =>
      Promise.resolve(
        String(input).endsWith('.mp3')
          ? new Response(mp3)
          : new Response('missing', { status: 404 }),
      ),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downloadAll into a picked file', () => {
  it('streams a ZIP that unzip reads: the MP3s in order, then the playlist named after it', async () => {
    const file = pickedFile();
    const report = await downloadAll(
      {
        clips: [song(1), song(2)],
        refresh: () => Promise.resolve(null),
        signal: new AbortController().signal,
      },
      { name: 'Suno clips - 5a1e0001.zip', handle: file.handle },
    );
    expect(report).toEqual({ included: 2, leftOut: [], notes: [] });
    expect(file.state.closed).toBe(true);
    expect(namesIn(file.chunks)).toEqual([
      'Song 1 - 5a1e0001.mp3',
      'Song 2 - 5a1e0002.mp3',
      'Suno clips - 5a1e0001.m3u8',
    ]);
  });

  it('discards the file when cancelled', async () => {
    const file = pickedFile();
    const controller = new AbortController();
    const done = downloadAll(
      {
        clips: [song(1), song(2)],
        refresh: () => Promise.resolve(null),
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
      { name: 'Suno clips - 5a1e0001.zip', handle: file.handle },
    );
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(file.state.closed).toBe(false);
    expect(file.state.aborted).toBe(true);
  });
});
