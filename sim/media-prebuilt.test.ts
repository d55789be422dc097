import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatorApp } from './app.ts';
import { FfmpegMissingError } from './ffmpeg.ts';
import { mediaFileName } from './media-names.ts';
import { nodeSimMedia } from './media-node.ts';
import { MEDIA_VARIANTS } from './media-variants.ts';
import { MediaStore } from './media-store.ts';
import { SimState } from './sim-state.ts';

// A host without ffmpeg: anything not prebuilt cannot be made.
vi.mock('./ffmpeg.ts', async (original) => ({
  ...(await original<typeof import('./ffmpeg.ts')>()),
  runFfmpeg: () => Promise.reject(new FfmpegMissingError('ffmpeg not found')),
}));

const CLIP = '5a1e0001-0000-4000-8000-0000000000aa';
let root: string;
let prebuilt: string;
let cache: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sim-prebuilt-'));
  prebuilt = path.join(root, 'sim-media');
  cache = path.join(root, 'cache');
  mkdirSync(prebuilt);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function app(store: MediaStore) {
  return simulatorApp({
    state: new SimState(1, false),
    media: nodeSimMedia(store),
    control: false,
  });
}

describe('prebuilt Demo media on Node', () => {
  it('serves the build’s file without generating or caching anything', async () => {
    const store = new MediaStore(cache, prebuilt);
    const variant = 0;
    const bytes = Buffer.from('ID3 not really an mp3, but the bytes the build left');
    writeFileSync(path.join(prebuilt, mediaFileName({ kind: 'audio', variant })), bytes);
    expect(await store.path({ kind: 'audio', variant })).toBe(path.join(prebuilt, 'v1-song-0.mp3'));
    expect(existsSync(cache)).toBe(false);
  });

  it('answers Range from the prebuilt file through the media route', async () => {
    const store = new MediaStore(cache, prebuilt);
    // Whichever variant the clip maps to: put every cover there.
    for (const { index: variant } of MEDIA_VARIANTS) {
      const name = mediaFileName({ kind: 'cover', variant, large: false });
      writeFileSync(path.join(prebuilt, name), `cover ${variant} bytes`);
    }
    const response = await app(store).request(`/sim/media/image_${CLIP}.jpeg`, {
      headers: { Range: 'bytes=0-4' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(await response.text()).toBe('cover');
  });

  it('answers the clear 404 when a file is neither prebuilt nor makeable here', async () => {
    const response = await app(new MediaStore(cache, prebuilt)).request(`/sim/media/${CLIP}.mp3`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      message: 'Media is not generated on this server',
    });
  });
});
