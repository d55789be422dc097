/**
 * Writes the few ISO BMFF boxes (ISO/IEC 14496-12) that Media Source Extensions needs for one
 * audio track: an initialization segment (ftyp + moov, the track's codec and clock) and media
 * segments (moof + mdat, a run of samples from a decode time). MP3 goes in as MPEG-4 systems
 * describe it (14496-14 and -1): an `mp4a` sample entry whose `esds` names the stream by its
 * object type indication, with no decoder-specific configuration.
 */

const TRACK_ID = 1;
/** Object type indication: MPEG-1 Audio (11172-3); MPEG-2's lower sample rates are 13818-3. */
export const OTI_MPEG1_AUDIO = 0x6b;
export const OTI_MPEG2_AUDIO = 0x69;

type Field = [bytes: 1 | 2 | 4 | 8, value: number];

/** Big-endian fields, as every box is written. */
function fields(...values: Field[]): Uint8Array {
  const out = new Uint8Array(values.reduce((n, [size]) => n + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [size, value] of values) {
    if (size === 1) view.setUint8(at, value);
    else if (size === 2) view.setUint16(at, value);
    else if (size === 4) view.setUint32(at, value);
    else view.setBigUint64(at, BigInt(value));
    at += size;
  }
  return out;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(payload);
  return concat([fields([4, 8 + body.length]), ascii(type), body]);
}

function fullBox(type: string, version: number, flags: number, ...payload: Uint8Array[]) {
  return box(type, fields([1, version], [1, flags >> 16], [2, flags & 0xffff]), ...payload);
}

const zeros = (count: number) => new Uint8Array(count);
/** The identity transform, in 16.16 and 2.30 fixed point. */
const MATRIX = fields(
  ...[0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000].map((v): Field => [4, v]),
);

/** An MPEG-4 descriptor: tag, then a one-byte length (each of ours is under 128 bytes). */
function descriptor(tag: number, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(payload);
  return concat([fields([1, tag], [1, body.length]), body]);
}

export interface AudioTrack {
  sampleRate: number;
  channels: number;
  objectType: number;
  /** Bits per second, for the decoder's buffer hints. */
  bitrate: number;
}

function esds({ objectType, bitrate }: AudioTrack): Uint8Array {
  const decoderConfig = descriptor(
    0x04,
    // Stream type 5 (audio), upstream 0, reserved 1; a buffer of about one second.
    fields([1, objectType], [1, (0x05 << 2) | 1]),
    fields([1, 0], [2, Math.ceil(bitrate / 8) & 0xffff], [4, bitrate], [4, bitrate]),
  );
  const slConfig = descriptor(0x06, fields([1, 0x02]));
  return fullBox(
    'esds',
    0,
    0,
    descriptor(0x03, fields([2, TRACK_ID], [1, 0]), decoderConfig, slConfig),
  );
}

function sampleEntry(track: AudioTrack): Uint8Array {
  return box(
    'mp4a',
    zeros(6),
    fields([2, 1], [4, 0], [4, 0]),
    fields([2, track.channels], [2, 16], [2, 0], [2, 0], [4, track.sampleRate * 0x10000]),
    esds(track),
  );
}

function emptyTable(type: string, extra: Field[] = []): Uint8Array {
  return fullBox(type, 0, 0, fields(...extra, [4, 0]));
}

/** ftyp + moov: what the SourceBuffer reads before any samples, once per stream. */
export function initSegment(track: AudioTrack): Uint8Array {
  const ftyp = box('ftyp', ascii('isom'), fields([4, 0x200]), ascii('isomiso6mp41'));
  const mvhd = fullBox(
    'mvhd',
    0,
    0,
    fields([4, 0], [4, 0], [4, track.sampleRate], [4, 0], [4, 0x10000], [2, 0x100]),
    zeros(10),
    MATRIX,
    zeros(24),
    fields([4, TRACK_ID + 1]),
  );
  const tkhd = fullBox(
    'tkhd',
    0,
    3,
    fields([4, 0], [4, 0], [4, TRACK_ID], [4, 0], [4, 0]),
    zeros(8),
    fields([2, 0], [2, 0], [2, 0x100], [2, 0]),
    MATRIX,
    fields([4, 0], [4, 0]),
  );
  // Language "und", packed as three 5-bit letters.
  const mdhd = fullBox(
    'mdhd',
    0,
    0,
    fields([4, 0], [4, 0], [4, track.sampleRate], [4, 0], [2, 0x55c4], [2, 0]),
  );
  const hdlr = fullBox(
    'hdlr',
    0,
    0,
    fields([4, 0]),
    ascii('soun'),
    zeros(12),
    ascii('SoundHandler\0'),
  );
  const dinf = box('dinf', fullBox('dref', 0, 0, fields([4, 1]), fullBox('url ', 0, 1)));
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, 0, fields([4, 1]), sampleEntry(track)),
    emptyTable('stts'),
    emptyTable('stsc'),
    emptyTable('stsz', [[4, 0]]),
    emptyTable('stco'),
  );
  const minf = box('minf', fullBox('smhd', 0, 0, fields([2, 0], [2, 0])), dinf, stbl);
  const trak = box('trak', tkhd, box('mdia', mdhd, hdlr, minf));
  const trex = fullBox('trex', 0, 0, fields([4, TRACK_ID], [4, 1], [4, 0], [4, 0], [4, 0]));
  return concat([ftyp, box('moov', mvhd, trak, box('mvex', trex))]);
}

export interface Fragment {
  sequence: number;
  /** In the track's timescale (samples at its rate) from the clip's start. */
  decodeTime: number;
  /** Every sample lasts this long: an MP3 frame is always the same number of samples. */
  sampleDuration: number;
  samples: readonly Uint8Array[];
}

/** tfhd: default-base-is-moof (offsets count from the moof) and a default sample duration. */
const TFHD_FLAGS = 0x020000 | 0x000008;
/** trun: a data offset, then each sample's size. */
const TRUN_FLAGS = 0x000001 | 0x000200;

function moof(fragment: Fragment, dataOffset: number): Uint8Array {
  const { samples } = fragment;
  const tfhd = fullBox('tfhd', 0, TFHD_FLAGS, fields([4, TRACK_ID], [4, fragment.sampleDuration]));
  const tfdt = fullBox('tfdt', 1, 0, fields([8, fragment.decodeTime]));
  const trun = fullBox(
    'trun',
    0,
    TRUN_FLAGS,
    fields([4, samples.length], [4, dataOffset], ...samples.map((s): Field => [4, s.length])),
  );
  return box(
    'moof',
    fullBox('mfhd', 0, 0, fields([4, fragment.sequence])),
    box('traf', tfhd, tfdt, trun),
  );
}

/** moof + mdat: one run of samples, the first decoded at the fragment's decode time. */
export function mediaSegment(fragment: Fragment): Uint8Array {
  const length = moof(fragment, 0).length;
  // The first sample's bytes follow the moof and the mdat's own 8-byte header.
  return concat([moof(fragment, length + 8), box('mdat', ...fragment.samples)]);
}
