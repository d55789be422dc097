import { describe, expect, it } from 'vitest';
import {
  audioDownloadOf,
  audioFormatOfContentType,
  audioFormatOfUrl,
  isNotMp3,
} from './audio-format';

describe('audio format', () => {
  it('reads the extension of the path, not of the query', () => {
    expect(audioFormatOfUrl('https://cdn1.suno.ai/abc.mp3')).toBe('mp3');
    expect(audioFormatOfUrl('https://cdn.example/abc.M4A?sig=1&x=.mp3')).toBe('m4a');
    expect(audioFormatOfUrl('https://cdn.example/abc.aac')).toBe('m4a');
    expect(audioFormatOfUrl('https://cdn.example/abc.ogg')).toBe('other');
    expect(audioFormatOfUrl('https://audiopipe.suno.ai/?item_id=abc')).toBe('unknown');
    expect(audioFormatOfUrl('/sim/stream?item_id=abc')).toBe('unknown');
  });

  it('only a clearly non-MP3 link is taken off the MP3 path', () => {
    expect(isNotMp3('https://cdn.example/abc.m4a')).toBe(true);
    expect(isNotMp3('https://cdn.example/abc.mp3')).toBe(false);
    expect(isNotMp3('https://audiopipe.suno.ai/?item_id=abc')).toBe(false);
  });

  it('reads Content-Type, parameters and case aside', () => {
    expect(audioFormatOfContentType('audio/mpeg')).toBe('mp3');
    expect(audioFormatOfContentType('Audio/MP4; codecs="mp4a.40.2"')).toBe('m4a');
    expect(audioFormatOfContentType('audio/x-m4a')).toBe('m4a');
    expect(audioFormatOfContentType('audio/ogg')).toBe('other');
    expect(audioFormatOfContentType('application/octet-stream')).toBe('unknown');
    expect(audioFormatOfContentType(null)).toBe('unknown');
  });

  it('downloads an m4a as such', () => {
    expect(audioDownloadOf('https://cdn.example/abc.m4a')).toEqual({
      label: 'M4A audio',
      ext: 'm4a',
      type: 'audio/mp4',
    });
    expect(audioDownloadOf('https://cdn1.suno.ai/abc.mp3').ext).toBe('mp3');
  });
});
