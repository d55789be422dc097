import {
  id3v2Length,
  isInfoFrame,
  readMp3Header,
  sameStream,
  type Mp3FrameHeader,
} from '../../../../domain/mp3-header';

export interface Mp3Frame {
  header: Mp3FrameHeader;
  bytes: Uint8Array;
}

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Cuts an MP3 byte stream, arriving in chunks of any size, into whole frames. A stream may
 * begin anywhere (a Range request from a byte estimated from the moment): bytes before the
 * first frame are dropped, and a frame is believed only when another header of the same stream
 * follows it, since sync-like bit patterns are common inside audio data. Once in step, each
 * frame's length leads to the next; a header that is not there puts it back to searching.
 */
export class Mp3FrameSplitter {
  private pending: Uint8Array = EMPTY;
  /** The first frame's header: the stream every later frame must belong to. */
  private format: Mp3FrameHeader | null = null;
  private inStep = false;
  private started = false;
  private skipping = 0;
  private infoChecked = false;

  push(chunk: Uint8Array): Mp3Frame[] {
    return this.split(concat(this.pending, chunk), false);
  }

  /** The frames still held at the end of the stream. */
  end(): Mp3Frame[] {
    const frames = this.split(this.pending, true);
    this.pending = EMPTY;
    return frames;
  }

  private split(bytes: Uint8Array, ending: boolean): Mp3Frame[] {
    let pos = 0;
    if (!this.started) {
      // An ID3v2 tag (title, cover art…) leads the file; its body may hold sync-like bytes.
      if (bytes.length < 10 && !ending) return this.keep(bytes, 0, []);
      this.started = true;
      this.skipping = id3v2Length(bytes);
    }
    if (this.skipping > 0) {
      const skipped = Math.min(this.skipping, bytes.length);
      this.skipping -= skipped;
      pos = skipped;
    }
    const frames: Mp3Frame[] = [];
    while (pos + 4 <= bytes.length) {
      const header = readMp3Header(bytes, pos);
      const fits = header !== null && (!this.format || sameStream(header, this.format));
      if (!header || !fits) {
        this.inStep = false;
        pos += 1;
        continue;
      }
      const end = pos + header.frameLength;
      if (!this.inStep) {
        // Needs the next header to believe this one; at the very end there is none to see.
        if (end + 4 > bytes.length) {
          if (ending) pos = bytes.length;
          break;
        }
        const next = readMp3Header(bytes, end);
        if (!next || !sameStream(next, header)) {
          pos += 1;
          continue;
        }
        this.inStep = true;
        this.format ??= header;
      }
      if (end > bytes.length) break;
      this.take(frames, header, bytes.subarray(pos, end));
      pos = end;
    }
    return this.keep(bytes, pos, frames);
  }

  private take(frames: Mp3Frame[], header: Mp3FrameHeader, bytes: Uint8Array): void {
    const first = !this.infoChecked;
    this.infoChecked = true;
    // An encoder's Xing/Info frame describes the file and decodes to silence: skipped, as
    // decoders do, so the audio keeps in step with the waveform decoder's.
    if (first && isInfoFrame(bytes, 0, header)) return;
    frames.push({ header, bytes });
  }

  private keep(bytes: Uint8Array, pos: number, frames: Mp3Frame[]): Mp3Frame[] {
    // A copy, so a held tail does not keep a whole chunk alive.
    this.pending = pos >= bytes.length ? EMPTY : bytes.slice(pos);
    return frames;
  }
}
