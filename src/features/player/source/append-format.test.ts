import { describe, expect, it } from 'vitest';
import { appendFormatOf } from './append-format';
import { mediaSourceKind } from './media-source-kind';

/** A stand-in MediaSource constructor that accepts exactly these types. */
function sourceClass(supported: string[]) {
  return class extends EventTarget {
    static isTypeSupported = (type: string) => supported.includes(type);
  };
}

const formatWith = (supported: string[]) =>
  appendFormatOf(mediaSourceKind({ MediaSource: sourceClass(supported) }));

describe('appendFormatOf', () => {
  it('appends the MP3 as it is where audio/mpeg is taken (Chromium, Safari)', () => {
    const format = formatWith(['audio/mpeg', 'audio/mp4; codecs="mp3"']);
    expect(format?.mime).toBe('audio/mpeg');
    expect(format?.fmp4).toBe(false);
    const bytes = Uint8Array.of(1, 2, 3);
    expect(format?.packager(0).push(bytes)).toBe(bytes);
  });

  it('repackages into fragmented MP4 where only MP3 in MP4 is taken (Firefox)', () => {
    const format = formatWith(['audio/mp4; codecs="mp3"', 'audio/mp4; codecs="mp4a.40.2"']);
    expect(format?.mime).toBe('audio/mp4; codecs="mp3"');
    expect(format?.fmp4).toBe(true);
    // Half a frame header is not a frame: nothing to append yet.
    expect(format?.packager(0).push(Uint8Array.of(0xff, 0xfb))).toHaveLength(0);
  });

  it('takes the RFC 6381 name where the short one is refused', () => {
    expect(formatWith(['audio/mp4; codecs="mp4a.6B"'])?.mime).toBe('audio/mp4; codecs="mp4a.6B"');
  });

  it('has none where neither is taken, or there is no MediaSource: the plain download plays', () => {
    expect(formatWith(['audio/mp4; codecs="mp4a.40.2"'])).toBeNull();
    expect(appendFormatOf(mediaSourceKind({}))).toBeNull();
  });
});
