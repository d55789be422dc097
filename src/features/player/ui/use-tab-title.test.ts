import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../../../domain/clip';
import { playingTitle, useTabTitle } from './use-tab-title';

const clip: Clip = { ...blankClip('c1'), title: 'Neon Harbor', displayName: 'Owl' };

describe('the tab title while playing', () => {
  it('names the clip and its artist, or says untitled', () => {
    expect(playingTitle(clip)).toBe('▶ Neon Harbor — Owl');
    expect(playingTitle({ title: ' ', displayName: null, handle: 'owl' })).toBe(
      '▶ Untitled clip — owl',
    );
    expect(playingTitle({ title: 'X', displayName: null, handle: null })).toBe('▶ X');
  });

  it('is shown while playing and gives the page its title back on pause', () => {
    document.title = 'Clip Viewer';
    const { rerender, unmount } = renderHook(({ playing }) => useTabTitle(clip, playing), {
      initialProps: { playing: true },
    });
    expect(document.title).toBe('▶ Neon Harbor — Owl');
    rerender({ playing: false });
    expect(document.title).toBe('Clip Viewer');
    rerender({ playing: true });
    unmount();
    expect(document.title).toBe('Clip Viewer');
  });
});
