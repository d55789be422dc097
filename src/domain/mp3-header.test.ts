import { describe, expect, it } from 'vitest';
import { id3v2Length, isFrameSync, isInfoFrame, readMp3Header, sameStream } from './mp3-header';

describe('readMp3Header', () => {
  it('reads an MPEG-1 Layer III header: 128 kbit/s, 44.1 kHz, stereo, padded', () => {
    const header = readMp3Header(Uint8Array.of(0xff, 0xfb, 0x92, 0x00));
    expect(header).toEqual({
      version: 1,
      layer: 3,
      bitrate: 128_000,
      sampleRate: 44_100,
      channels: 2,
      frameLength: 418,
      samplesPerFrame: 1152,
      crc: false,
    });
  });

  it('reads an MPEG-2 Layer III header: 576 samples a frame', () => {
    // 32 kbit/s, 22.05 kHz, mono (channel mode 3), with a CRC.
    const header = readMp3Header(Uint8Array.of(0xff, 0xf2, 0x40, 0xc0));
    expect(header).toMatchObject({ version: 2, layer: 3, sampleRate: 22_050, channels: 1 });
    expect(header?.samplesPerFrame).toBe(576);
    expect(header?.frameLength).toBe(104);
    expect(header?.crc).toBe(true);
  });

  it('refuses what cannot be framed: free format, a forbidden bitrate, a reserved rate or version', () => {
    expect(readMp3Header(Uint8Array.of(0xff, 0xfb, 0x02, 0x00))).toBeNull();
    expect(readMp3Header(Uint8Array.of(0xff, 0xfb, 0xf0, 0x00))).toBeNull();
    expect(readMp3Header(Uint8Array.of(0xff, 0xfb, 0x9c, 0x00))).toBeNull();
    expect(readMp3Header(Uint8Array.of(0xff, 0xeb, 0x90, 0x00))).toBeNull();
    expect(readMp3Header(Uint8Array.of(0xff, 0xfb, 0x90))).toBeNull();
  });

  it('tells whether two headers are of one stream', () => {
    const a = readMp3Header(Uint8Array.of(0xff, 0xfb, 0x92, 0x00));
    const b = readMp3Header(Uint8Array.of(0xff, 0xfb, 0x50, 0x00));
    const c = readMp3Header(Uint8Array.of(0xff, 0xfb, 0x94, 0x00));
    expect(a && b && sameStream(a, b)).toBe(true);
    expect(a && c && sameStream(a, c)).toBe(false);
  });
});

describe('isFrameSync', () => {
  it('wants 11 sync bits and neither the reserved version nor the reserved layer', () => {
    expect(isFrameSync(0xff, 0xfb)).toBe(true);
    expect(isFrameSync(0xff, 0xf9)).toBe(false);
    expect(isFrameSync(0xff, 0xeb)).toBe(false);
    expect(isFrameSync(0xfe, 0xfb)).toBe(false);
  });
});

describe('id3v2Length', () => {
  it('counts the header, the syncsafe size and a footer', () => {
    const tag = Uint8Array.of(0x49, 0x44, 0x33, 4, 0, 0x10, 0, 0, 0x01, 0x7f);
    expect(id3v2Length(tag)).toBe(10 + 255 + 10);
    expect(id3v2Length(Uint8Array.of(0xff, 0xfb, 0x90, 0, 0, 0, 0, 0, 0, 0))).toBe(0);
  });
});

describe('isInfoFrame', () => {
  it('finds "Info" after an MPEG-1 stereo frame’s side information', () => {
    const frame = new Uint8Array(418);
    frame.set([0xff, 0xfb, 0x92, 0x00]);
    frame.set([0x49, 0x6e, 0x66, 0x6f], 36);
    const header = readMp3Header(frame);
    expect(header && isInfoFrame(frame, 0, header)).toBe(true);
    frame.set([0, 0, 0, 0], 36);
    expect(header && isInfoFrame(frame, 0, header)).toBe(false);
  });
});
