import { describe, expect, it } from 'vitest';
import { MpegCheck } from './mpeg-check';

describe('MpegCheck', () => {
  it('passes an MP3: 96 kbit/s at one sample rate', () => {
    const check = new MpegCheck();
    for (let i = 0; i < 100; i += 1) {
      check.fed(12_000);
      check.decoded(44_100, 44_100);
    }
    expect(check.looksLikeMpeg()).toBe(true);
  });

  it('fails many bytes that decoded to nothing', () => {
    const check = new MpegCheck();
    check.fed(700_000);
    expect(check.looksLikeMpeg()).toBe(false);
  });

  it('fails AAC read as MP3: a few seconds of noise from far too many bytes', () => {
    const check = new MpegCheck();
    check.fed(757_028);
    check.decoded(44_100 * 9, 44_100);
    expect(check.looksLikeMpeg()).toBe(false);
  });

  it('fails sample rates that jump about', () => {
    const check = new MpegCheck();
    for (const rate of [48_000, 8_000, 22_050]) check.decoded(1152, rate);
    expect(check.looksLikeMpeg()).toBe(false);
  });

  it('does not judge a few bytes', () => {
    const check = new MpegCheck();
    check.fed(1_000);
    expect(check.looksLikeMpeg()).toBe(true);
  });
});
