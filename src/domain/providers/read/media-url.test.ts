import { describe, expect, it } from 'vitest';
import { audioOf, mediaUrl } from './media-url';

describe('media URLs', () => {
  it("treats Suno's None placeholders as missing media", () => {
    expect(mediaUrl('https://cdn1.suno.ai/None.mp3')).toBeNull();
    expect(mediaUrl('https://cdn1.suno.ai/None.mp4')).toBeNull();
    expect(mediaUrl('http://localhost:5173/sim/media/None.mp3')).toBeNull();
    expect(mediaUrl('https://cdn1.suno.ai/NoneSuch.mp3')).toBe('https://cdn1.suno.ai/NoneSuch.mp3');
    expect(audioOf('https://cdn1.suno.ai/None.mp3')).toEqual({ url: null, problem: 'missing' });
  });

  it('treats the forbidden placeholder as locked audio', () => {
    expect(audioOf('https://studio-api.prod.suno.com/api/forbidden')).toEqual({
      url: null,
      problem: 'locked',
    });
    expect(mediaUrl('https://studio-api.prod.suno.com/api/forbidden')).toBeNull();
  });

  it('passes ordinary URLs and drops unsafe ones without calling them a problem', () => {
    expect(audioOf('https://cdn1.suno.ai/abc.mp3')).toEqual({
      url: 'https://cdn1.suno.ai/abc.mp3',
      problem: null,
    });
    expect(audioOf('javascript:alert(1)')).toEqual({ url: null, problem: null });
    expect(audioOf('')).toEqual({ url: null, problem: null });
  });
});
