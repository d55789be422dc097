import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Mp3FrameSplitter } from './mp3-frames';
import { Mp3ToFmp4 } from './mp3-to-fmp4';
import { findBox, readBoxes, u32, type ReadBox } from './read-boxes.test-helper';

const fixtures = join(import.meta.dirname, 'test-fixtures');
const mpeg1 = new Uint8Array(readFileSync(join(fixtures, 'mpeg1-stereo.mp3')));
const mpeg2 = new Uint8Array(readFileSync(join(fixtures, 'mpeg2-mono.mp3')));

function frameSizes(bytes: Uint8Array): number[] {
  const splitter = new Mp3FrameSplitter();
  return splitter
    .push(bytes)
    .concat(splitter.end())
    .map((f) => f.bytes.length);
}

/** Everything the packager gives for these bytes, pushed in chunks of `chunk`. */
function transmux(bytes: Uint8Array, chunk: number, startSeconds = 0): Uint8Array[] {
  const packager = new Mp3ToFmp4(startSeconds);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunk)
    out.push(packager.push(bytes.slice(at, at + chunk)));
  out.push(packager.end());
  return out.filter((b) => b.length > 0);
}

interface Run {
  sequence: number;
  decodeTime: number;
  duration: number;
  sizes: number[];
  /** The samples' bytes, found through the trun's data offset from the moof. */
  data: Uint8Array;
}

/** A moof + mdat pair read back: the numbers MediaSource would go by. */
function readFragment(moof: ReadBox, mdat: ReadBox, all: Uint8Array): Run {
  const tfhd = findBox(moof.children, 'traf/tfhd').body;
  expect(u32(tfhd, 0) & 0xffffff).toBe(0x020008);
  const tfdt = findBox(moof.children, 'traf/tfdt').body;
  expect(tfdt[0]).toBe(1);
  const trun = findBox(moof.children, 'traf/trun').body;
  expect(u32(trun, 0) & 0xffffff).toBe(0x000201);
  const count = u32(trun, 4);
  const offset = u32(trun, 8);
  const sizes = Array.from({ length: count }, (_, i) => u32(trun, 12 + 4 * i));
  const dataStart = moof.start + offset;
  expect(dataStart).toBe(mdat.start + 8);
  return {
    sequence: u32(findBox(moof.children, 'mfhd').body, 4),
    decodeTime: u32(tfdt, 4) * 2 ** 32 + u32(tfdt, 8),
    duration: u32(tfhd, 8),
    sizes,
    data: all.subarray(dataStart, dataStart + sizes.reduce((a, b) => a + b, 0)),
  };
}

function readStream(segments: Uint8Array[]) {
  const all = new Uint8Array(segments.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of segments) {
    all.set(s, at);
    at += s.length;
  }
  const boxes = readBoxes(all);
  const runs: Run[] = [];
  for (let i = 2; i < boxes.length; i += 2) {
    const [moof, mdat] = [boxes[i], boxes[i + 1]];
    if (moof?.type !== 'moof' || mdat?.type !== 'mdat')
      throw new Error(`moof+mdat expected at ${i}`);
    runs.push(readFragment(moof, mdat, all));
  }
  return { boxes, runs };
}

/** The mp4a sample entry's channels and rate, and the esds's object type indication. */
function readSampleEntry(boxes: ReadBox[]) {
  const stsd = findBox(boxes, 'moov/trak/mdia/minf/stbl/stsd').body;
  expect(u32(stsd, 4)).toBe(1);
  const entry = readBoxes(stsd.subarray(8));
  expect(entry.map((b) => b.type)).toEqual(['mp4a']);
  const body = entry[0]?.body ?? new Uint8Array();
  const view = new DataView(body.buffer, body.byteOffset);
  const esds = readBoxes(body.subarray(28));
  expect(esds.map((b) => b.type)).toEqual(['esds']);
  const es = esds[0]?.body ?? new Uint8Array();
  // Version/flags, then ES_Descriptor (tag 3): ES_ID, flags, DecoderConfigDescriptor (tag 4).
  expect([es[4], es[9]]).toEqual([0x03, 0x04]);
  return {
    channels: view.getUint16(16),
    sampleSize: view.getUint16(18),
    rate: view.getUint32(24) / 0x10000,
    objectType: es[11],
    streamType: (es[12] ?? 0) >> 2,
  };
}

describe('Mp3ToFmp4', () => {
  it('writes ftyp and moov first: one sound track, the clock at the sample rate, MP3 by OTI 0x6B', () => {
    const { boxes } = readStream(transmux(mpeg1, 4096));
    expect(boxes.slice(0, 2).map((b) => b.type)).toEqual(['ftyp', 'moov']);
    expect(findBox(boxes, 'moov').children.map((b) => b.type)).toEqual(['mvhd', 'trak', 'mvex']);
    expect(String.fromCharCode(...findBox(boxes, 'moov/trak/mdia/hdlr').body.subarray(8, 12))).toBe(
      'soun',
    );
    expect(u32(findBox(boxes, 'moov/trak/mdia/mdhd').body, 12)).toBe(44_100);
    expect(u32(findBox(boxes, 'moov/trak/tkhd').body, 12)).toBe(1);
    expect(u32(findBox(boxes, 'moov/mvex/trex').body, 4)).toBe(1);
    expect(readSampleEntry(boxes)).toEqual({
      channels: 2,
      sampleSize: 16,
      rate: 44_100,
      objectType: 0x6b,
      streamType: 0x05,
    });
  });

  it('gives one sample per MP3 frame, each its frame’s size, 1152 ticks long, in order', () => {
    const { runs } = readStream(transmux(mpeg1, 3000));
    const sizes = frameSizes(mpeg1);
    expect(runs.flatMap((r) => r.sizes)).toEqual(sizes);
    expect(runs.every((r) => r.duration === 1152)).toBe(true);
    expect(runs.map((r) => r.sequence)).toEqual(runs.map((_, i) => i + 1));
    let time = 0;
    for (const run of runs) {
      expect(run.decodeTime).toBe(time);
      time += run.sizes.length * 1152;
    }
    // The samples are the audio frames' bytes: everything after the tag and the Xing frame.
    const data = runs.map((r) => Array.from(r.data)).flat();
    expect(new Uint8Array(data)).toEqual(mpeg1.subarray(277));
  });

  it('describes MPEG-2 as 13818-3 audio (OTI 0x69): 22.05 kHz mono, 576 ticks a frame', () => {
    const { boxes, runs } = readStream(transmux(mpeg2, 1000));
    expect(readSampleEntry(boxes)).toMatchObject({ channels: 1, rate: 22_050, objectType: 0x69 });
    expect(u32(findBox(boxes, 'moov/trak/mdia/mdhd').body, 12)).toBe(22_050);
    expect(runs.flatMap((r) => r.sizes)).toHaveLength(33);
    expect(runs.every((r) => r.duration === 576)).toBe(true);
  });

  it('starts a fetch from mid-file at the seek moment’s decode time, on a whole frame', () => {
    const { boxes, runs } = readStream(transmux(mpeg1.subarray(5001), 1500, 0.6));
    expect(boxes[0]?.type).toBe('ftyp');
    expect(runs[0]?.decodeTime).toBe(Math.round(0.6 * 44_100));
    const sizes = frameSizes(mpeg1);
    const tail = runs.flatMap((r) => r.sizes);
    expect(tail).toEqual(sizes.slice(sizes.length - tail.length));
    expect(runs[0]?.data.subarray(0, 2)).toEqual(Uint8Array.of(0xff, 0xfb));
  });

  it('gives nothing for bytes that complete no frame', () => {
    const packager = new Mp3ToFmp4(0);
    expect(packager.push(mpeg2.subarray(0, 50))).toHaveLength(0);
    expect(packager.end()).toHaveLength(0);
  });
});
