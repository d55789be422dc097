/** One generated media file, as the routes ask for it. */
export type MediaRef =
  | { kind: 'audio'; variant: number }
  /** The same song as AAC in MP4, as some providers hand out instead of an MP3. */
  | { kind: 'm4a'; variant: number }
  | { kind: 'video'; variant: number }
  | { kind: 'cover'; variant: number; large: boolean }
  | { kind: 'avatar'; handle: string };

export interface SimMediaFile {
  size: number;
  /** Bytes `start` to `end`, both inclusive, as in Content-Range. */
  stream(start: number, end: number): ReadableStream<Uint8Array>;
}

/**
 * Where the simulator's media comes from. On Node: files the build rendered, else made with
 * ffmpeg and cached on disk (`media-node.ts`); on Workers: the build's files through the
 * assets binding (`server/client/assets-sim-media.ts`). Undefined when this host has no such
 * file and cannot make it (no ffmpeg, no prebuilt media): the routes then answer 404.
 */
export interface SimMedia {
  open(ref: MediaRef): Promise<SimMediaFile | undefined>;
  /** A whole MP3, for the live stream that hands it out as it is "generated". */
  audioBytes(variant: number): Promise<Uint8Array | undefined>;
}
