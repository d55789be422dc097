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
 * Where the simulator's media comes from. On Node it is made with ffmpeg and cached on disk
 * (`media-node.ts`); a platform without either (Workers) has none, and the media routes 404.
 */
export interface SimMedia {
  open(ref: MediaRef): Promise<SimMediaFile>;
  /** A whole MP3, for the live stream that hands it out as it is "generated". */
  audioBytes(variant: number): Promise<Uint8Array>;
}
