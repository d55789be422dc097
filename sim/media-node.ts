import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { FfmpegMissingError } from './ffmpeg.ts';
import type { MediaStore } from './media-store.ts';
import type { MediaRef, SimMedia } from './media-source.ts';

/** The file, or undefined when it is not prebuilt and this host has no ffmpeg to make it. */
async function fileFor(store: MediaStore, ref: MediaRef): Promise<string | undefined> {
  try {
    return await store.path(ref);
  } catch (error) {
    if (error instanceof FfmpegMissingError) return undefined;
    throw error;
  }
}

/** The simulator's media: prebuilt by the build, else generated with ffmpeg on first use. */
export function nodeSimMedia(store: MediaStore): SimMedia {
  // One buffer per song, shared by every live stream (a handful of variants, a few MB each).
  const songs = new Map<number, Promise<Uint8Array | undefined>>();
  return {
    async open(ref) {
      const file = await fileFor(store, ref);
      if (file === undefined) return undefined;
      const { size } = await stat(file);
      return {
        size,
        stream: (start, end) =>
          Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>,
      };
    },
    audioBytes(variant) {
      let song = songs.get(variant);
      if (!song) {
        song = fileFor(store, { kind: 'audio', variant }).then(async (file) =>
          file === undefined ? undefined : new Uint8Array(await readFile(file)),
        );
        // A failure or a missing ffmpeg is not remembered: the next stream asks again.
        song.then(
          (bytes) => bytes ?? songs.delete(variant),
          () => songs.delete(variant),
        );
        songs.set(variant, song);
      }
      return song;
    },
  };
}
