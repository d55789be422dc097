import { SIM_MEDIA_DIR, mediaFileName } from '../../sim/media-names.ts';
import type { MediaRef, SimMedia, SimMediaFile } from '../../sim/media-source.ts';
import type { AssetsBinding } from './files-assets.ts';

/** The binding reads the path only; the host is never contacted. */
const ASSETS_ORIGIN = 'https://assets.invalid';

type FixedLengthStreamClass = new (length: number) => TransformStream<Uint8Array, Uint8Array>;

/**
 * Workers sends a stream it made as chunked, without the Content-Length the route set;
 * its FixedLengthStream declares the length, so players get it as from a file. Elsewhere
 * (Node, tests) the stream goes as it is.
 */
function withLength(
  stream: ReadableStream<Uint8Array>,
  length: number,
): ReadableStream<Uint8Array> {
  const Fixed = (globalThis as { FixedLengthStream?: FixedLengthStreamClass }).FixedLengthStream;
  return Fixed ? stream.pipeThrough(new Fixed(length)) : stream;
}

/** A stream that opens its source on the first read, so nothing is fetched for a HEAD. */
function lazyStream(
  open: () => Promise<{ body: ReadableStream<Uint8Array>; skip: number; take: number }>,
): ReadableStream<Uint8Array> {
  let source: { reader: ReadableStreamDefaultReader<Uint8Array>; skip: number; take: number };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!source) {
        const { body, skip, take } = await open();
        source = { reader: body.getReader(), skip, take };
      }
      // Whole chunks until the wanted bytes begin; then their part of each, up to `take`.
      for (;;) {
        if (source.take <= 0) {
          await source.reader.cancel();
          controller.close();
          return;
        }
        const { done, value } = await source.reader.read();
        if (done) {
          controller.error(new Error('media asset ended early'));
          return;
        }
        const from = Math.min(source.skip, value.length);
        source.skip -= from;
        const part = value.subarray(from, from + source.take);
        source.take -= part.length;
        if (part.length > 0) {
          controller.enqueue(part);
          return;
        }
      }
    },
    async cancel(reason) {
      await source?.reader.cancel(reason);
    },
  });
}

/**
 * The Demo's media on Workers: the files `npm run build` rendered into the client build,
 * read through the assets binding. A Range is asked of the binding; where it answers with
 * the whole file instead (the local one does), the wanted bytes are cut from it as it streams.
 */
export function assetsSimMedia(assets: AssetsBinding, dir = SIM_MEDIA_DIR): SimMedia {
  const request = (ref: MediaRef, init?: RequestInit) =>
    assets.fetch(new Request(new URL(`/${dir}/${mediaFileName(ref)}`, ASSETS_ORIGIN), init));
  const wholeFile = async (ref: MediaRef): Promise<Uint8Array | undefined> => {
    const response = await request(ref);
    if (!response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    return new Uint8Array(await response.arrayBuffer());
  };
  // One buffer per song, shared by every live stream of the isolate.
  const songs = new Map<number, Promise<Uint8Array | undefined>>();

  return {
    async open(ref): Promise<SimMediaFile | undefined> {
      const response = await request(ref);
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return undefined;
      }
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      if (!Number.isSafeInteger(length) || length < 0) {
        // No length to answer Range with: read it whole (a few MB at most) and cut from that.
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          size: bytes.length,
          stream: (start, end) => withLength(bytesStream(bytes, start, end), end - start + 1),
        };
      }
      // Only the length was wanted: each stream asks for its own bytes.
      await response.body.cancel();
      return {
        size: length,
        stream: (start, end) =>
          withLength(
            lazyStream(async () => {
              const whole = start === 0 && end === length - 1;
              const ranged = await request(
                ref,
                whole ? undefined : { headers: { Range: `bytes=${start}-${end}` } },
              );
              const take = end - start + 1;
              if (!ranged.body) throw new Error(`media asset answered ${ranged.status}`);
              const exact = ranged.headers
                .get('content-range')
                ?.startsWith(`bytes ${start}-${end}/`);
              if (ranged.status === 206 && exact) return { body: ranged.body, skip: 0, take };
              if (ranged.status === 200) return { body: ranged.body, skip: start, take };
              await ranged.body.cancel();
              throw new Error(`media asset answered ${ranged.status}`);
            }),
            end - start + 1,
          ),
      };
    },
    audioBytes(variant) {
      let song = songs.get(variant);
      if (!song) {
        song = wholeFile({ kind: 'audio', variant });
        // Neither a failure nor a missing file is remembered: the next stream asks again.
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

function bytesStream(bytes: Uint8Array, start: number, end: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.subarray(start, end + 1));
      controller.close();
    },
  });
}
