import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { renderAvatar, renderCover } from './cover-art.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { hashToInt } from './ids.ts';
import { MEDIA_VARIANTS, variantByIndex } from './media-variants.ts';
import { SAMPLE_RATE, renderSong } from './synth.ts';

/** Bump when the synthesis or encoding changes, so stale cached files are not served. */
const CACHE_VERSION = 'v1';
export const COVER_SIZE = 320;
export const COVER_LARGE_SIZE = 1024;
const VIDEO_SIZE = 480;
const AVATAR_SIZE = 96;
/** Avatars come from this many pictures, so made-up handles cannot each make a file. */
export const AVATAR_COUNT = 8;

/**
 * Generates media on first use and keeps it on disk. The set of files is fixed (per variant:
 * the song as MP3 and as M4A, video, two covers; plus the avatars), so the cache cannot grow
 * past it. Files are written under a temporary name and renamed, so a second process sharing
 * the directory never reads a half-written file, and concurrent requests for one file share a
 * single generation.
 */
export class MediaStore {
  private readonly pending = new Map<string, Promise<string>>();

  constructor(readonly dir: string) {}

  audio(variantIndex: number): Promise<string> {
    const variant = variantByIndex(variantIndex);
    return this.ensure(`${CACHE_VERSION}-song-${variant.index}.mp3`, async (out) =>
      runFfmpeg(
        ['-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0']
          // The LAME/Xing header records encoder delay, so browsers report the exact duration.
          .concat(['-c:a', 'libmp3lame', '-b:a', '96k', '-write_xing', '1', '-f', 'mp3', out]),
        await renderSong(variant),
      ),
    );
  }

  /**
   * The same song as AAC in MP4, for the providers whose files are `.m4a`: made from the MP3
   * (cached by then, and far quicker than synthesizing again). `+faststart` puts the index
   * first, so the element can start playing before the whole file has arrived.
   */
  m4a(variantIndex: number): Promise<string> {
    const variant = variantByIndex(variantIndex);
    return this.ensure(`${CACHE_VERSION}-song-${variant.index}.m4a`, async (out) =>
      runFfmpeg(
        ['-i', await this.audio(variant.index), '-map', '0:a', '-c:a', 'aac', '-b:a', '96k'].concat(
          ['-movflags', '+faststart', '-f', 'mp4', out],
        ),
      ),
    );
  }

  cover(variantIndex: number, large: boolean): Promise<string> {
    const variant = variantByIndex(variantIndex);
    const size = large ? COVER_LARGE_SIZE : COVER_SIZE;
    return this.ensure(`${CACHE_VERSION}-cover-${variant.index}-${size}.jpeg`, (out) =>
      encodeJpeg(renderCover(variant, size), size, out),
    );
  }

  avatar(handle: string): Promise<string> {
    const slot = hashToInt(`avatar:${handle}`) % AVATAR_COUNT;
    const seed = hashToInt(`avatar-slot:${slot}`);
    return this.ensure(`${CACHE_VERSION}-avatar-${slot}.jpeg`, (out) =>
      encodeJpeg(renderAvatar(seed, AVATAR_SIZE), AVATAR_SIZE, out),
    );
  }

  /** A still cover over the song: 1 fps H.264 + AAC, which Debian's Chromium plays. */
  video(variantIndex: number): Promise<string> {
    const variant = variantByIndex(variantIndex);
    return this.ensure(`${CACHE_VERSION}-video-${variant.index}.mp4`, async (out) => {
      const [cover, audio] = await Promise.all([
        this.cover(variant.index, true),
        this.audio(variant.index),
      ]);
      await runFfmpeg([
        ...['-loop', '1', '-framerate', '1', '-i', cover, '-i', audio],
        ...[
          '-map',
          '0:v',
          '-map',
          '1:a',
          '-vf',
          `scale=${VIDEO_SIZE}:${VIDEO_SIZE},format=yuv420p`,
        ],
        ...['-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'stillimage', '-r', '1', '-g', '10'],
        // An explicit -t, because -shortest overshoots by many seconds with a looped still image.
        ...['-c:a', 'aac', '-b:a', '64k', '-t', String(variant.durationSec)],
        ...['-movflags', '+faststart', '-f', 'mp4', out],
      ]);
    });
  }

  /** Makes every variant's files, e.g. before tests or at start-up. */
  async warmAll(): Promise<void> {
    await Promise.all(
      MEDIA_VARIANTS.map(async (variant) => {
        await this.cover(variant.index, false);
        await this.video(variant.index);
        await this.m4a(variant.index);
      }),
    );
  }

  private ensure(name: string, generate: (tempFile: string) => Promise<void>): Promise<string> {
    const file = path.join(this.dir, name);
    if (existsSync(file)) return Promise.resolve(file);
    let promise = this.pending.get(name);
    if (!promise) {
      promise = this.generate(file, generate).finally(() => this.pending.delete(name));
      this.pending.set(name, promise);
    }
    return promise;
  }

  private async generate(
    file: string,
    generate: (tempFile: string) => Promise<void>,
  ): Promise<string> {
    mkdirSync(this.dir, { recursive: true });
    const temp = path.join(
      this.dir,
      `.tmp-${randomBytes(6).toString('hex')}-${path.basename(file)}`,
    );
    try {
      await generate(temp);
      renameSync(temp, file);
      return file;
    } finally {
      rmSync(temp, { force: true });
    }
  }
}

function encodeJpeg(rgb: Buffer, size: number, out: string): Promise<void> {
  return runFfmpeg(
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${size}x${size}`, '-i', 'pipe:0'].concat([
      '-frames:v',
      '1',
      '-q:v',
      '3',
      '-c:v',
      'mjpeg',
      '-pix_fmt',
      'yuvj420p',
      '-f',
      'mjpeg',
      out,
    ]),
    rgb,
  );
}
