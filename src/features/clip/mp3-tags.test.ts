import { describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../../domain/clip';
import { looksLikeMp3, mp3TagsOf, type Mp3Frame } from './mp3-tags';

function clipWith(fields: Partial<Clip>): Clip {
  return { ...blankClip('0b2d6c1e-1111-4222-8333-444455556666'), ...fields };
}

function frame<I extends Mp3Frame['id']>(frames: Mp3Frame[], id: I) {
  return frames.filter((f): f is Extract<Mp3Frame, { id: I }> => f.id === id).map((f) => f.value);
}

describe('mp3TagsOf', () => {
  const full = clipWith({
    title: '  Neon   Harbor ',
    displayName: 'Night Shift',
    handle: 'nightshift',
    taskPrompt: 'a synthwave song\nabout a harbor at night',
    createdAt: '2025-03-04T05:06:07Z',
    tags: ['synthwave', ' dreamy '],
    lyrics: '[Verse]\nLights on the water\n',
    modelName: 'chirp-crow',
    imageUrl: 'https://cdn.example/small.jpeg',
    imageLargeUrl: 'https://cdn.example/large.jpeg',
  });

  it('puts each fact of the clip in its frame', () => {
    const { frames, coverUrl } = mp3TagsOf({ clip: full, shareLink: 'https://app.example/s' });
    expect(frame(frames, 'TIT2')).toEqual(['Neon Harbor']);
    expect(frame(frames, 'TPE1')).toEqual([['Night Shift']]);
    expect(frame(frames, 'TALB')).toEqual(['a synthwave song about a harbor at night']);
    expect(frame(frames, 'TYER')).toEqual([2025]);
    expect(frame(frames, 'TCON')).toEqual([['synthwave', 'dreamy']]);
    expect(frame(frames, 'USLT')).toEqual([
      { description: '', language: 'XXX', lyrics: '[Verse]\nLights on the water' },
    ]);
    expect(frame(frames, 'TXXX')).toEqual([
      { description: 'Suno clip ID', value: full.id },
      { description: 'Suno model', value: 'v5' },
      { description: 'Share link', value: 'https://app.example/s' },
    ]);
    expect(coverUrl).toBe('https://cdn.example/large.jpeg');
  });

  it('names the handle when there is no display name', () => {
    const { frames } = mp3TagsOf({ clip: clipWith({ handle: 'nightshift' }) });
    expect(frame(frames, 'TPE1')).toEqual([['nightshift']]);
  });

  it('takes the album from the prompt, else the title, else "Suno", on one short line', () => {
    expect(frame(mp3TagsOf({ clip: clipWith({ title: 'Song' }) }).frames, 'TALB')).toEqual([
      'Song',
    ]);
    expect(frame(mp3TagsOf({ clip: clipWith({}) }).frames, 'TALB')).toEqual(['Suno']);
    const [long] = frame(
      mp3TagsOf({ clip: clipWith({ taskPrompt: 'x'.repeat(500) }) }).frames,
      'TALB',
    );
    expect(long).toHaveLength(120);
    expect(long).toMatch(/…$/);
  });

  it('leaves out what the clip does not have', () => {
    const { frames, coverUrl } = mp3TagsOf({
      clip: clipWith({ createdAt: 'not a date', lyrics: '  ', tags: [' '] }),
    });
    expect(frames.map((f) => f.id)).toEqual(['TALB', 'TXXX']);
    expect(coverUrl).toBeNull();
  });
});

describe('looksLikeMp3', () => {
  it('knows an ID3 tag and an MPEG Layer III frame from MP4 and ADTS AAC', () => {
    expect(looksLikeMp3(new Uint8Array([0x49, 0x44, 0x33, 4]))).toBe(true);
    expect(looksLikeMp3(new Uint8Array([0xff, 0xfb, 0x90, 0x64]))).toBe(true);
    expect(looksLikeMp3(new Uint8Array([0xff, 0xf3, 0x40, 0xc4]))).toBe(true);
    expect(looksLikeMp3(new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]))).toBe(false);
    expect(looksLikeMp3(new Uint8Array([0xff, 0xf1, 0x50, 0x80]))).toBe(false);
    expect(looksLikeMp3(new Uint8Array([]))).toBe(false);
  });
});
