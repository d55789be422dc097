/**
 * MPEG audio Layer III frame splitting: enough of the format to cut a byte stream into whole
 * frames for a decoder that takes one frame per chunk (WebCodecs' AudioDecoder). Pure code, no
 * DOM, so it runs in the peaks worker and in unit tests alike.
 */

export interface Mp3FrameHeader {
  /** 1 for MPEG-1, 2 for MPEG-2, 2.5 for MPEG-2.5. */
  version: 1 | 2 | 2.5;
  /** Bits per second. */
  bitrate: number;
  sampleRate: number;
  channels: 1 | 2;
  padding: boolean;
  /** Whole frame in bytes, header included. */
  frameLength: number;
  /** PCM frames (per channel) one MP3 frame decodes to. */
  samplesPerFrame: number;
}

export interface Mp3Frame {
  header: Mp3FrameHeader;
  /** A copy of the frame's bytes, header included: safe to keep or transfer. */
  data: Uint8Array;
  /** True for a Xing/Info/VBRI tag frame, which carries metadata rather than sound. */
  isTag: boolean;
}

const HEADER_BYTES = 4;

// Layer III bitrates in kbit/s by bitrate index; index 0 (free format) and 15 are refused.
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES_V1 = [44100, 48000, 32000];

/**
 * Reads the 4-byte header at `offset`; null when it is not a valid MPEG Layer III header
 * (or fewer than 4 bytes remain).
 */
export function parseFrameHeader(buf: Uint8Array, offset = 0): Mp3FrameHeader | null {
  if (offset < 0 || offset + HEADER_BYTES > buf.length) return null;
  const b0 = buf[offset]!;
  const b1 = buf[offset + 1]!;
  const b2 = buf[offset + 2]!;
  const b3 = buf[offset + 3]!;
  // 11-bit frame sync.
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 0b11;
  if (versionBits === 0b01) return null; // reserved
  const layerBits = (b1 >> 1) & 0b11;
  if (layerBits !== 0b01) return null; // Layer III only
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0b11;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const version = versionBits === 0b11 ? 1 : versionBits === 0b10 ? 2 : 2.5;
  const bitrate = (version === 1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]! * 1000;
  const divisor = version === 1 ? 1 : version === 2 ? 2 : 4;
  const sampleRate = SAMPLE_RATES_V1[rateIndex]! / divisor;
  const padding = ((b2 >> 1) & 1) === 1;
  const channels = b3 >> 6 === 0b11 ? 1 : 2;
  const samplesPerFrame = version === 1 ? 1152 : 576;
  const frameLength =
    Math.floor(((samplesPerFrame / 8) * bitrate) / sampleRate) + (padding ? 1 : 0);
  return { version, bitrate, sampleRate, channels, padding, frameLength, samplesPerFrame };
}

/**
 * Size of an ID3v2 tag starting at `offset` (10-byte header + syncsafe size + optional
 * footer); 0 when there is none there; -1 when fewer than 10 bytes remain to tell.
 */
export function id3v2Length(buf: Uint8Array, offset = 0): number {
  if (offset + 10 > buf.length) {
    // Could still be the start of "ID3": ask for more bytes if what is there matches.
    const have = buf.length - offset;
    const magic = [0x49, 0x44, 0x33];
    for (let i = 0; i < Math.min(have, 3); i += 1) if (buf[offset + i] !== magic[i]) return 0;
    return -1;
  }
  if (buf[offset] !== 0x49 || buf[offset + 1] !== 0x44 || buf[offset + 2] !== 0x33) return 0;
  const flags = buf[offset + 5]!;
  let size = 0;
  for (let i = 6; i < 10; i += 1) {
    const b = buf[offset + i]!;
    if (b & 0x80) return 0; // not syncsafe: not a real tag
    size = size * 128 + b;
  }
  const footer = flags & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

/** Whether a frame is a Xing/Info (LAME) or VBRI tag frame rather than audio. */
export function isTagFrame(frame: Uint8Array, header: Mp3FrameHeader): boolean {
  // Xing/Info sits right after the side information, whose size depends on version/channels.
  const sideInfo =
    header.version === 1 ? (header.channels === 1 ? 17 : 32) : header.channels === 1 ? 9 : 17;
  if (matchesAscii(frame, HEADER_BYTES + sideInfo, 'Xing')) return true;
  if (matchesAscii(frame, HEADER_BYTES + sideInfo, 'Info')) return true;
  return matchesAscii(frame, HEADER_BYTES + 32, 'VBRI');
}

function matchesAscii(buf: Uint8Array, offset: number, text: string): boolean {
  if (offset + text.length > buf.length) return false;
  for (let i = 0; i < text.length; i += 1) if (buf[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

function sameStream(a: Mp3FrameHeader, b: Mp3FrameHeader): boolean {
  return a.version === b.version && a.sampleRate === b.sampleRate && a.channels === b.channels;
}

/**
 * Cuts MP3 bytes, pushed in arbitrary chunks, into whole frames. Skips ID3v2 tags and any
 * bytes that are not frames (junk before the first sync, an ID3v1 tag at the end). Whenever
 * sync was lost (at the start, after a tag or junk), a candidate header counts only when the
 * next frame's header follows it, so a stray 0xFFE in junk or tag data does not pass for a
 * frame. Keeps at most about one frame of bytes between pushes.
 */
export class Mp3FrameSplitter {
  private pending = new Uint8Array(0);
  /** Bytes of an ID3 tag still to drop, possibly spanning several chunks. */
  private skip = 0;
  /** The stream's first frame header, once two consecutive frames confirmed it. */
  private locked: Mp3FrameHeader | null = null;
  /** Whether the next byte is where the previous frame said the next frame starts. */
  private synced = false;
  private framesOut = 0;

  get stream(): Mp3FrameHeader | null {
    return this.locked;
  }

  push(chunk: Uint8Array): Mp3Frame[] {
    let bytes = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length);
      this.skip -= n;
      bytes = bytes.subarray(n);
      if (bytes.length === 0) return [];
    }
    const buf = this.pending.length === 0 ? bytes : concat(this.pending, bytes);
    return this.scan(buf, false);
  }

  /** The last frames, at end of stream: a final candidate needs no following frame. */
  flush(): Mp3Frame[] {
    const buf = this.pending;
    this.pending = new Uint8Array(0);
    if (this.skip > 0) return [];
    return this.scan(buf, true);
  }

  private scan(buf: Uint8Array, atEnd: boolean): Mp3Frame[] {
    const out: Mp3Frame[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const id3 = id3v2Length(buf, pos);
      if (id3 === -1 && !atEnd) break; // maybe a tag: wait for its header
      if (id3 > 0) {
        this.synced = false;
        if (pos + id3 > buf.length) {
          this.skip = pos + id3 - buf.length;
          pos = buf.length;
          break;
        }
        pos += id3;
        continue;
      }
      const header = parseFrameHeader(buf, pos);
      if (!header || (this.locked && !sameStream(this.locked, header))) {
        if (buf.length - pos < HEADER_BYTES && !atEnd) break; // header may be split
        this.synced = false;
        pos += 1;
        continue;
      }
      const end = pos + header.frameLength;
      if (end > buf.length) {
        if (!atEnd) break;
        // A truncated last frame (or a false sync): drop a byte and look again.
        this.synced = false;
        pos += 1;
        continue;
      }
      if (!this.synced) {
        // Confirm with the next header unless the stream ends right after this frame.
        const next = parseFrameHeader(buf, end);
        if (!next) {
          if (end + HEADER_BYTES > buf.length && !atEnd) break;
          if (!(atEnd && end >= buf.length)) {
            pos += 1;
            continue;
          }
        } else if (!sameStream(header, next)) {
          pos += 1;
          continue;
        }
        this.locked ??= header;
        this.synced = true;
      }
      const data = buf.slice(pos, end);
      out.push({ header, data, isTag: this.framesOut === 0 && isTagFrame(data, header) });
      this.framesOut += 1;
      pos = end;
    }
    this.pending = pos >= buf.length ? new Uint8Array(0) : buf.slice(pos);
    return out;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
