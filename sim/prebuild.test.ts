import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allMediaRefs, mediaFileName } from './media-names.ts';
import { prebuildSimMedia } from './prebuild.ts';

const ffmpeg = vi.hoisted(() => ({ present: true }));
vi.mock('./ffmpeg.ts', async (original) => {
  const actual = await original<typeof import('./ffmpeg.ts')>();
  const missing = () => new actual.FfmpegMissingError('ffmpeg not found');
  return {
    ...actual,
    ffmpegPath: () => {
      if (!ffmpeg.present) throw missing();
      return '/usr/bin/ffmpeg';
    },
    // Any generation fails here, as a broken ffmpeg would.
    runFfmpeg: () => Promise.reject(new Error('ffmpeg exited with 1: broken')),
  };
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sim-prebuild-'));
  ffmpeg.present = true;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A disk cache holding every file of the Demo's media (stand-in bytes) but those left out. */
function fillCache(leftOut: string[] = []): string {
  const cache = path.join(root, 'cache');
  mkdirSync(cache);
  for (const name of new Set(allMediaRefs().map(mediaFileName))) {
    if (!leftOut.includes(name)) writeFileSync(path.join(cache, name), name);
  }
  return cache;
}

describe('prebuildSimMedia', () => {
  it('copies every file the Demo can ask for from the cache into the client build', async () => {
    const cache = fillCache();
    const names = [...new Set(allMediaRefs().map(mediaFileName))];
    const client = path.join(root, 'client');
    mkdirSync(path.join(client, 'sim-media'), { recursive: true });
    writeFileSync(path.join(client, 'sim-media', 'v0-song-0.mp3'), 'an older media version');

    const result = await prebuildSimMedia(client, cache);
    expect(result).toMatchObject({ made: true, files: names.length });
    expect(readdirSync(path.join(client, 'sim-media')).sort()).toEqual([...names].sort());
  });

  it('makes nothing and says why when the machine has no ffmpeg', async () => {
    ffmpeg.present = false;
    const client = path.join(root, 'client');
    const result = await prebuildSimMedia(client, path.join(root, 'cache'));
    expect(result).toEqual({ made: false, reason: 'ffmpeg not found' });
    expect(existsSync(path.join(client, 'sim-media'))).toBe(false);
  });

  it('fails the build when ffmpeg is there but a file cannot be made', async () => {
    // Every file cached but one avatar (the quickest to make), whose generation fails.
    const cache = fillCache(['v1-avatar-0.jpeg']);
    await expect(prebuildSimMedia(path.join(root, 'client'), cache)).rejects.toThrow(
      'ffmpeg exited with 1',
    );
  });
});
