import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { MediaStore } from './media-store.ts';
import type { MediaRef, SimMedia } from './media-source.ts';

function pathFor(store: MediaStore, ref: MediaRef): Promise<string> {
  switch (ref.kind) {
    case 'audio':
      return store.audio(ref.variant);
    case 'm4a':
      return store.m4a(ref.variant);
    case 'video':
      return store.video(ref.variant);
    case 'cover':
      return store.cover(ref.variant, ref.large);
    case 'avatar':
      return store.avatar(ref.handle);
  }
}

/** The simulator's media from the disk cache, generated with ffmpeg on first use. */
export function nodeSimMedia(store: MediaStore): SimMedia {
  // One buffer per song, shared by every live stream (a handful of variants, a few MB each).
  const songs = new Map<number, Promise<Uint8Array>>();
  return {
    async open(ref) {
      const file = await pathFor(store, ref);
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
        song = store.audio(variant).then(async (file) => new Uint8Array(await readFile(file)));
        song.catch(() => songs.delete(variant));
        songs.set(variant, song);
      }
      return song;
    },
  };
}
