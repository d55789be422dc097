import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { renderAvatar, renderCover } from './cover-art.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { hashToInt } from './ids.ts';
import {
  COVER_LARGE_SIZE,
  COVER_SIZE,
  allMediaRefs,
  avatarSlot,
  mediaFileName,
} from './media-names.ts';
import type { MediaRef } from './media-source.ts';
import { variantByIndex } from './media-variants.ts';
import { SAMPLE_RATE, renderSong } from './synth.ts';

const VIDEO_SIZE = 480;
const AVATAR_SIZE = 96;

/**
 * Generates media on first use and keeps it on disk. The set of files is fixed (per variant:
 * the song as MP3 and as M4A, video, two covers; plus the avatars), so the cache cannot grow
 * past it. Files are written under a temporary name and renamed, so a second process sharing
 * the directory never reads a half-written file, and concurrent requests for one file share a
 * single generation.
 */
export class MediaStore {
  private readonly pending = new Map<string, Promise<string>>();

  /**
   * `prebuiltDir` holds files the build rendered (`dist/client/sim-media`): looked in first,
   * so a host without ffmpeg still serves the Demo's media.
   */
  constructor(
    readonly dir: string,
    readonly prebuiltDir?: string,
  ) {}

  /** The file of any reference, made if it is neither prebuilt nor cached yet. */
  path(ref: MediaRef): Promise<string> {
    switch (ref.kind) {
      case 'audio':
        return this.audio(ref.variant);
      case 'm4a':
        return this.m4a(ref.variant);
      case 'video':
        return this.video(ref.variant);
      case 'cover':
        return this.cover(ref.variant, ref.large);
      case 'avatar':
        return this.avatar(ref.handle);
    }
  }

  audio(variantIndex: number): Promise<string> {
    const variant = variantByIndex(variantIndex);
    return this.ensure({ kind: 'audio', variant: variant.index }, async (out) =>
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
    return this.ensure({ kind: 'm4a', variant: variant.index }, async (out) =>
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
    return this.ensure({ kind: 'cover', variant: variant.index, large }, (out) =>
      encodeJpeg(renderCover(variant, size), size, out),
    );
  }

  avatar(handle: string): Promise<string> {
    const seed = hashToInt(`avatar-slot:${avatarSlot(handle)}`);
    return this.ensure({ kind: 'avatar', handle }, (out) =>
      encodeJpeg(renderAvatar(seed, AVATAR_SIZE), AVATAR_SIZE, out),
    );
  }

  /** A still cover over the song: 1 fps H.264 + AAC, which Debian's Chromium plays. */
  video(variantIndex: number): Promise<string> {
    const variant = variantByIndex(variantIndex);
    return this.ensure({ kind: 'video', variant: variant.index }, async (out) => {
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

  /** Makes every file the Demo can ask for (all variants, both covers, every avatar). */
  async warmAll(): Promise<string[]> {
    // Settled, all of them: a first failure must not leave the others' failures unhandled.
    const results = await Promise.allSettled(allMediaRefs().map((ref) => this.path(ref)));
    return results.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
  }

  private ensure(ref: MediaRef, generate: (tempFile: string) => Promise<void>): Promise<string> {
    const name = mediaFileName(ref);
    if (this.prebuiltDir) {
      const prebuilt = path.join(this.prebuiltDir, name);
      if (existsSync(prebuilt)) return Promise.resolve(prebuilt);
    }
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
