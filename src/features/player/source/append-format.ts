import { Mp3ToFmp4 } from './fmp4/mp3-to-fmp4';
import type { MediaSourceKind } from './media-source-kind';

/** Turns the fetched MP3 bytes into what the SourceBuffer takes, one fetch at a time. */
export interface Packager {
  push(chunk: Uint8Array): Uint8Array;
  /** Whatever the last bytes complete. */
  end(): Uint8Array;
}

export interface AppendFormat {
  /** The SourceBuffer's type. */
  mime: string;
  /** Whether the MP3 is repackaged as fragmented MP4. */
  fmp4: boolean;
  /** A packager for one fetch whose first bytes play at `startSeconds`. */
  packager(startSeconds: number): Packager;
}

const MP3 = 'audio/mpeg';
/**
 * MP3 in MP4, as browsers name it: Firefox (ESR 153 checked) accepts only `mp3`, the others
 * also the RFC 6381 form with MPEG-1 Audio's object type.
 */
const MP3_IN_MP4 = ['audio/mp4; codecs="mp3"', 'audio/mp4; codecs="mp4a.6B"'];

const asIs: Packager = { push: (chunk) => chunk, end: () => new Uint8Array(0) };

/**
 * How the MP3 goes into this browser's MediaSource: as it is where `audio/mpeg` is taken
 * (Chromium, Safari), else repackaged into fragmented MP4 (Firefox), else not at all (the
 * element's own download plays it, with no waveform growing).
 */
export function appendFormatOf(kind: MediaSourceKind | null): AppendFormat | null {
  if (!kind) return null;
  if (kind.isTypeSupported(MP3)) return { mime: MP3, fmp4: false, packager: () => asIs };
  const mime = MP3_IN_MP4.find((type) => kind.isTypeSupported(type));
  if (!mime) return null;
  return { mime, fmp4: true, packager: (startSeconds) => new Mp3ToFmp4(startSeconds) };
}
