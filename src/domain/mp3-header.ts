/**
 * The MPEG audio frame header (ISO/IEC 11172-3 and 13818-3, plus the unofficial MPEG-2.5):
 * the one home for how an MP3's bytes are framed, read by whatever must find, count or repack
 * frames (the saved file's check, the player's MP4 packaging).
 */

export type MpegVersion = 1 | 2 | 2.5;

export interface Mp3FrameHeader {
  version: MpegVersion;
  layer: 1 | 2 | 3;
  /** Bits per second. */
  bitrate: number;
  sampleRate: number;
  channels: 1 | 2;
  /** Whole frame, header included, in bytes. */
  frameLength: number;
  /** Samples per channel that one frame decodes to. */
  samplesPerFrame: number;
  /** Whether a 16-bit CRC follows the header. */
  crc: boolean;
}

/** kbit/s by bitrate index (1–14); index 0 ("free format") and 15 are not accepted. */
const BITRATES: Readonly<Record<string, readonly number[]>> = {
  'v1-l1': [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  'v1-l2': [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  'v1-l3': [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  'v2-l1': [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  'v2-l23': [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

const SAMPLE_RATES: Readonly<Record<MpegVersion, readonly number[]>> = {
  1: [44_100, 48_000, 32_000],
  2: [22_050, 24_000, 16_000],
  2.5: [11_025, 12_000, 8_000],
};

/** Whether two bytes start a frame: 11 sync bits, then a version and layer not "reserved". */
export function isFrameSync(a: number, b: number): boolean {
  return a === 0xff && (b & 0xe0) === 0xe0 && (b & 0x18) !== 0x08 && (b & 0x06) !== 0;
}

/** The header at `at`, or null where the four bytes there are not a usable frame header. */
export function readMp3Header(bytes: Uint8Array, at = 0): Mp3FrameHeader | null {
  if (at + 4 > bytes.length) return null;
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  const b3 = bytes[at + 3] ?? 0;
  if (!isFrameSync(bytes[at] ?? 0, b1)) return null;
  const versionBits = (b1 >> 3) & 3;
  const version: MpegVersion = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - ((b1 >> 1) & 3)) as 1 | 2 | 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Free format has no length in its header, and index 15 is forbidden: neither can be framed.
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const table = version === 1 ? `v1-l${layer}` : layer === 1 ? 'v2-l1' : 'v2-l23';
  const bitrate = (BITRATES[table]?.[bitrateIndex - 1] ?? 0) * 1000;
  const sampleRate = SAMPLE_RATES[version][rateIndex] ?? 0;
  const padding = (b2 >> 1) & 1;
  const samplesPerFrame = layer === 1 ? 384 : layer === 2 || version === 1 ? 1152 : 576;
  const frameLength =
    layer === 1
      ? (Math.floor((12 * bitrate) / sampleRate) + padding) * 4
      : Math.floor(((samplesPerFrame / 8) * bitrate) / sampleRate) + padding;
  return {
    version,
    layer,
    bitrate,
    sampleRate,
    channels: b3 >> 6 === 3 ? 1 : 2,
    frameLength,
    samplesPerFrame,
    crc: (b1 & 1) === 0,
  };
}

/** Whether a header says the same stream goes on: what a frame after a resync must agree on. */
export function sameStream(a: Mp3FrameHeader, b: Mp3FrameHeader): boolean {
  return (
    a.version === b.version &&
    a.layer === b.layer &&
    a.sampleRate === b.sampleRate &&
    a.channels === b.channels
  );
}

/**
 * Whether this frame is a Xing/Info or VBRI header (a Layer III frame of silence that an
 * encoder puts first to describe the file): decoders skip it rather than play it.
 */
export function isInfoFrame(bytes: Uint8Array, at: number, header: Mp3FrameHeader): boolean {
  if (header.layer !== 3) return false;
  const sideInfo =
    header.version === 1 ? (header.channels === 1 ? 17 : 32) : header.channels === 1 ? 9 : 17;
  const tagAt = (offset: number) =>
    String.fromCharCode(...bytes.subarray(at + offset, at + offset + 4));
  const xing = tagAt(4 + (header.crc ? 2 : 0) + sideInfo);
  return xing === 'Xing' || xing === 'Info' || tagAt(36) === 'VBRI';
}

/** Bytes an ID3v2 tag starting at `at` takes (header, body, footer), or 0 where none starts. */
export function id3v2Length(bytes: Uint8Array, at = 0): number {
  if (at + 10 > bytes.length) return 0;
  if (bytes[at] !== 0x49 || bytes[at + 1] !== 0x44 || bytes[at + 2] !== 0x33) return 0;
  let size = 0;
  for (let i = 6; i < 10; i += 1) {
    const byte = bytes[at + i] ?? 0x80;
    // Sizes are "syncsafe": seven bits a byte, the top bit always clear.
    if (byte & 0x80) return 0;
    size = (size << 7) | byte;
  }
  const footer = ((bytes[at + 5] ?? 0) & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}
