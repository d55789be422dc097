import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../domain/clip';
import { DEFAULT_VIEW } from '../domain/gallery-view';
import type { GalleryGroup } from '../features/gallery';
import { useGalleryView } from './use-gallery-view';

const clips: Clip[] = Array.from({ length: 8 }, (_, i) => ({
  ...blankClip(`00000000-0000-4000-8000-00000000000${i}`),
  status: 'complete',
}));
const groups: GalleryGroup[] = [{ key: 'all', header: null, clips }];

function view(search: string, few = false) {
  return renderHook(() => useGalleryView(search, few ? clips.slice(0, 2) : clips, groups));
}

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('useGalleryView', () => {
  it('writes the layout into the address, keeps the other params, and remembers it', () => {
    window.history.replaceState(null, '', '/task/abc?p=demo&sort=title');
    const { result } = view('?p=demo&sort=title');
    expect(result.current.layout).toBe('grid');
    act(() => result.current.setView({ ...result.current.view, layout: 'list' }));
    expect(window.location.pathname).toBe('/task/abc');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('view')).toBe('list');
    expect(params.get('sort')).toBe('title');
    expect(params.get('p')).toBe('demo');

    // A lookup whose address names no layout opens in the one chosen last.
    expect(view('').result.current.layout).toBe('list');
    expect(view('?view=grid').result.current.layout).toBe('grid');
  });

  it('shows a lookup too small for the controls as cards, whatever was chosen', () => {
    const { result } = view('?view=list', true);
    expect(result.current.facets).toBeNull();
    expect(result.current.layout).toBe('grid');
  });

  it('leaves the layout out of the address until one is chosen', () => {
    window.history.replaceState(null, '', '/task/abc');
    const { result } = view('');
    act(() => result.current.setView({ ...DEFAULT_VIEW, sort: 'newest' }));
    expect(window.location.search).toBe('?sort=newest');
  });
});
