import { describe, expect, it } from 'vitest';
import { blankClip } from '../../domain/clip';
import { clipFileName, playlistText, zipFileName } from './zip-parts';

const clip = (over: Partial<ReturnType<typeof blankClip>>) => ({
  ...blankClip('5a1e0001-aaaa-4bbb-8ccc-000000000001'),
  ...over,
});

describe('playlistText', () => {
  it('lists each file after its length and "artist - title", in the order given', () => {
    const text = playlistText([
      {
        file: 'Neon Harbor - 5a1e0001.mp3',
        clip: clip({ title: 'Neon Harbor', displayName: 'Night Shift', duration: 187.6 }),
      },
      { file: 'Tide - 5a1e0002.mp3', clip: clip({ title: 'Tide', handle: 'tidal', duration: 61 }) },
    ]);
    expect(text).toBe(
      [
        '#EXTM3U',
        '#EXTINF:188,Night Shift - Neon Harbor',
        'Neon Harbor - 5a1e0001.mp3',
        '#EXTINF:61,tidal - Tide',
        'Tide - 5a1e0002.mp3',
        '',
      ].join('\n'),
    );
  });

  it('says -1 for an unknown length, the title alone without an artist, and keeps entries on one line', () => {
    const text = playlistText([
      { file: 'a.mp3', clip: clip({ title: 'Two\nlines', duration: null }) },
      { file: 'b.mp3', clip: clip({ title: '', duration: Number.NaN }) },
    ]);
    expect(text.split('\n')).toEqual([
      '#EXTM3U',
      '#EXTINF:-1,Two lines',
      'a.mp3',
      '#EXTINF:-1,Untitled clip',
      'b.mp3',
      '',
    ]);
  });

  it('is only the header for no tracks', () => {
    expect(playlistText([])).toBe('#EXTM3U\n');
  });
});

describe('file names', () => {
  it('names a clip file as a single download does', () => {
    expect(clipFileName(clip({ title: 'AC/DC: Live?' }), 'mp3')).toBe('AC DC Live - 5a1e0001.mp3');
    expect(clipFileName(clip({ title: '  ' }), 'lrc')).toBe('Untitled clip - 5a1e0001.lrc');
  });

  it('names the ZIP after the task, or "Suno clips" with the first ID', () => {
    expect(zipFileName('a synthwave song', 'C0C0ABCD-1234')).toBe(
      'a synthwave song - c0c0abcd.zip',
    );
    expect(zipFileName(null, '5a1e0001-aaaa')).toBe('Suno clips - 5a1e0001.zip');
    expect(zipFileName('   ', '5a1e0001-aaaa')).toBe('Suno clips - 5a1e0001.zip');
  });
});
