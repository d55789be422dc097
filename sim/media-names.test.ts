import { describe, expect, it } from 'vitest';
import { AVATAR_COUNT, allMediaRefs, avatarSlot, mediaFileName } from './media-names.ts';
import { MEDIA_VARIANTS } from './media-variants.ts';

describe('mediaFileName', () => {
  it('names files as the disk cache always has, so existing caches stay valid', () => {
    expect(mediaFileName({ kind: 'audio', variant: 3 })).toBe('v1-song-3.mp3');
    expect(mediaFileName({ kind: 'm4a', variant: 3 })).toBe('v1-song-3.m4a');
    expect(mediaFileName({ kind: 'video', variant: 0 })).toBe('v1-video-0.mp4');
    expect(mediaFileName({ kind: 'cover', variant: 2, large: false })).toBe('v1-cover-2-320.jpeg');
    expect(mediaFileName({ kind: 'cover', variant: 2, large: true })).toBe('v1-cover-2-1024.jpeg');
  });

  it('gives any handle one of a few avatar files', () => {
    const handles = ['harborlights406', 'someone', 'x'.repeat(64)];
    for (const handle of handles) {
      const slot = avatarSlot(handle);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(slot).toBeLessThan(AVATAR_COUNT);
      expect(mediaFileName({ kind: 'avatar', handle })).toBe(`v1-avatar-${slot}.jpeg`);
    }
  });

  it('refuses a variant that does not exist rather than naming a file never made', () => {
    expect(() => mediaFileName({ kind: 'audio', variant: MEDIA_VARIANTS.length })).toThrow(
      RangeError,
    );
  });
});

describe('allMediaRefs', () => {
  it('lists every file the Demo can ask for, each once', () => {
    const names = allMediaRefs().map(mediaFileName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(MEDIA_VARIANTS.length * 5 + AVATAR_COUNT);
    for (let slot = 0; slot < AVATAR_COUNT; slot += 1) {
      expect(names).toContain(`v1-avatar-${slot}.jpeg`);
    }
    for (const variant of MEDIA_VARIANTS) {
      expect(names).toContain(`v1-video-${variant.index}.mp4`);
    }
  });
});
