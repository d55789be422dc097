import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Mp3FrameSplitter, type Mp3Frame } from './mp3-frames';

const fixtures = join(import.meta.dirname, 'test-fixtures');
/** 1.2 s at 44.1 kHz stereo, 64 kbit/s: a 69-byte ID3v2 tag, a Xing/Info frame, 47 frames (ffprobe counts). */
const mpeg1 = new Uint8Array(readFileSync(join(fixtures, 'mpeg1-stereo.mp3')));
const MPEG1_AUDIO_START = 277;
/** 0.8 s at 22.05 kHz mono, 32 kbit/s: no tag, no Xing frame, 33 frames (ffprobe counts). */
const mpeg2 = new Uint8Array(readFileSync(join(fixtures, 'mpeg2-mono.mp3')));

function splitInChunks(bytes: Uint8Array, sizes: (i: number) => number): Mp3Frame[] {
  const splitter = new Mp3FrameSplitter();
  const frames: Mp3Frame[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = sizes(i);
    frames.push(...splitter.push(bytes.slice(at, at + size)));
    at += size;
  }
  return frames.concat(splitter.end());
}

const lengths = (frames: Mp3Frame[]) => frames.map((f) => f.bytes.length);
const total = (frames: Mp3Frame[]) => lengths(frames).reduce((a, b) => a + b, 0);

describe('Mp3FrameSplitter', () => {
  it('skips the ID3 tag and the Xing frame, and gives every audio frame whole', () => {
    const frames = splitInChunks(mpeg1, () => mpeg1.length);
    expect(frames).toHaveLength(47);
    expect(total(frames)).toBe(mpeg1.length - MPEG1_AUDIO_START);
    expect(frames[0]?.bytes).toEqual(mpeg1.subarray(MPEG1_AUDIO_START, MPEG1_AUDIO_START + 208));
    expect(frames.every((f) => f.header.sampleRate === 44_100 && f.header.channels === 2)).toBe(
      true,
    );
  });

  it('reads MPEG-2: 576 samples a frame, mono', () => {
    const frames = splitInChunks(mpeg2, () => 4096);
    expect(frames).toHaveLength(33);
    expect(total(frames)).toBe(mpeg2.length);
    expect(frames[0]?.header).toMatchObject({
      sampleRate: 22_050,
      channels: 1,
      samplesPerFrame: 576,
    });
  });

  it('gives the same frames whatever the chunks, frames and tags cut anywhere', () => {
    const whole = lengths(splitInChunks(mpeg1, () => mpeg1.length));
    for (const sizes of [() => 1, () => 7, () => 208, (i: number) => ((i * 37) % 500) + 1]) {
      const frames = splitInChunks(mpeg1, sizes);
      expect(lengths(frames)).toEqual(whole);
    }
  });

  it('starts mid-file at the first frame that the next one confirms', () => {
    const full = splitInChunks(mpeg1, () => mpeg1.length);
    const offset = 5000;
    const frames = splitInChunks(mpeg1.subarray(offset), () => 1000);
    // Everything from the first frame starting at or after the offset, and nothing else.
    let start = MPEG1_AUDIO_START;
    const after = full.filter((f) => {
      const at = start;
      start += f.bytes.length;
      return at >= offset;
    });
    expect(frames.length).toBe(after.length);
    expect(frames.map((f) => f.bytes)).toEqual(after.map((f) => f.bytes));
  });

  it('is not fooled by sync-like bytes that no second header follows', () => {
    const junk = Uint8Array.of(0x00, 0xff, 0xfb, 0x90, 0x00, 0x12, 0xff, 0xfb, 0x50, 0x44);
    const bytes = new Uint8Array(junk.length + mpeg2.length);
    bytes.set(junk);
    bytes.set(mpeg2, junk.length);
    const frames = splitInChunks(bytes, () => 300);
    expect(frames).toHaveLength(33);
    expect(frames[0]?.bytes).toEqual(mpeg2.subarray(0, 104));
  });

  it('skips an ID3 tag whose body looks like frames', () => {
    const frame = mpeg2.subarray(0, 104);
    const body = new Uint8Array(3 * 104);
    for (let i = 0; i < 3; i += 1) body.set(Uint8Array.of(0xff, 0xfb, 0x90, 0x00), i * 104);
    const tag = Uint8Array.of(0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0x02, 0x38);
    const bytes = new Uint8Array(tag.length + body.length + mpeg2.length);
    bytes.set(tag);
    bytes.set(body, tag.length);
    bytes.set(mpeg2, tag.length + body.length);
    const frames = splitInChunks(bytes, () => 5);
    expect(frames).toHaveLength(33);
    expect(frames[0]?.bytes).toEqual(frame);
  });

  it('leaves out a cut-off last frame and a trailing ID3v1 tag', () => {
    const tagged = new Uint8Array(mpeg2.length + 128);
    tagged.set(mpeg2);
    tagged.set([0x54, 0x41, 0x47], mpeg2.length);
    expect(splitInChunks(tagged, () => 1000)).toHaveLength(33);
    expect(splitInChunks(mpeg2.subarray(0, mpeg2.length - 50), () => 1000)).toHaveLength(32);
  });
});
