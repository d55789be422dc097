import { describe, expect, it } from 'vitest';
import { simulatorApp } from '../../sim/app.ts';
import { mediaFileName } from '../../sim/media-names.ts';
import type { MediaRef } from '../../sim/media-source.ts';
import { variantIndexForClip } from '../../sim/media-variants.ts';
import { SimState } from '../../sim/sim-state.ts';
import { assetsSimMedia } from './assets-sim-media.ts';
import type { AssetsBinding } from './files-assets.ts';

const SONG = { kind: 'audio', variant: 1 } satisfies MediaRef;
const BYTES = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 7) % 251);

interface FakeOptions {
  /** Answer Range with 206, as a platform that supports it would. */
  ranges: boolean;
  /** Send Content-Length (a streamed body may come without). */
  length: boolean;
}

/** An assets binding over one file at `/sim-media/<name>`, sent in 64 KB chunks. */
function fakeAssets(options: FakeOptions, seen: Request[] = []): AssetsBinding {
  return {
    fetch(request) {
      seen.push(request);
      const path = new URL(request.url).pathname;
      if (path !== `/sim-media/${mediaFileName(SONG)}`) {
        return Promise.resolve(new Response('Not found', { status: 404 }));
      }
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.get('range') ?? '');
      const [start, end] = range && options.ranges ? [Number(range[1]), Number(range[2])] : [0];
      const part = BYTES.subarray(start, end === undefined ? undefined : end + 1);
      let offset = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= part.length) return controller.close();
          controller.enqueue(part.slice(offset, offset + 65_536));
          offset += 65_536;
        },
      });
      const headers = new Headers({ 'Content-Type': 'audio/mpeg' });
      if (options.length) headers.set('Content-Length', String(part.length));
      if (range && options.ranges)
        headers.set('Content-Range', `bytes ${start}-${end}/${BYTES.length}`);
      return Promise.resolve(
        new Response(body, { status: range && options.ranges ? 206 : 200, headers }),
      );
    },
  };
}

/** A clip id whose song is the one file the fake holds. */
function songClip(): string {
  for (let n = 0; ; n += 1) {
    const id = `5a1e0001-0000-4000-8000-${String(n).padStart(12, '0')}`;
    if (variantIndexForClip(id) === SONG.variant) return id;
  }
}

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('assetsSimMedia', () => {
  for (const options of [
    { ranges: true, length: true },
    { ranges: false, length: true },
    { ranges: false, length: false },
  ]) {
    it(`reads any byte range (binding ranges: ${options.ranges}, length: ${options.length})`, async () => {
      const file = await assetsSimMedia(fakeAssets(options)).open(SONG);
      expect(file?.size).toBe(BYTES.length);
      for (const [start, end] of [
        [0, BYTES.length - 1],
        [0, 0],
        [70_000, 140_000],
        [BYTES.length - 10, BYTES.length - 1],
      ] as const) {
        expect(await read(file!.stream(start, end))).toEqual(BYTES.subarray(start, end + 1));
      }
    });
  }

  it('asks the binding for a Range, and for nothing until the body is read', async () => {
    const seen: Request[] = [];
    const file = await assetsSimMedia(fakeAssets({ ranges: true, length: true }, seen)).open(SONG);
    const stream = file!.stream(10, 19);
    expect(seen).toHaveLength(1);
    expect(await read(stream)).toEqual(BYTES.subarray(10, 20));
    expect(seen[1]?.headers.get('range')).toBe('bytes=10-19');
  });

  it('says a missing file is missing, for the routes’ 404', async () => {
    const media = assetsSimMedia(fakeAssets({ ranges: true, length: true }));
    expect(await media.open({ kind: 'audio', variant: 0 })).toBeUndefined();
    expect(await media.audioBytes(0)).toBeUndefined();
  });

  it('reads a song whole once for the live streams', async () => {
    const seen: Request[] = [];
    const media = assetsSimMedia(fakeAssets({ ranges: false, length: true }, seen));
    const [a, b] = await Promise.all([media.audioBytes(1), media.audioBytes(1)]);
    expect(a).toEqual(BYTES);
    expect(b).toBe(a);
    expect(seen).toHaveLength(1);
  });
});

describe('the Demo’s media routes over the assets binding', () => {
  const app = simulatorApp({
    state: new SimState(1, false),
    media: assetsSimMedia(fakeAssets({ ranges: false, length: true })),
    control: false,
  });
  it('answers 206 with the asked bytes and the MP3 type', async () => {
    const response = await app.request(`/sim/media/${songClip()}.mp3`, {
      headers: { Range: 'bytes=100-199' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(response.headers.get('content-range')).toBe(`bytes 100-199/${BYTES.length}`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES.subarray(100, 200));
  });

  it('answers the clear 404 for a file the build did not make', async () => {
    const response = await app.request(`/sim/media/image_${songClip()}.jpeg`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      message: 'Media is not generated on this server',
    });
  });
});
