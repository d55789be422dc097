import { describe, expect, it } from 'vitest';
import { blankClip, type Clip } from './clip';
import {
  applyGalleryView,
  DEFAULT_VIEW,
  galleryFacets,
  isCustomView,
  isFiltering,
  normalQuery,
  parseGalleryView,
  VIEW_PARAMS,
  withGalleryView,
  type GalleryView,
} from './gallery-view';
import { SHARE_PARAMS } from './share-params';

function clip(id: string, fields: Partial<Clip> = {}): Clip {
  return { ...blankClip(id), status: 'complete', ...fields };
}

const view = (fields: Partial<GalleryView>): GalleryView => ({ ...DEFAULT_VIEW, ...fields });
const ids = (clips: Clip[]) => clips.map((c) => c.id);

describe('parseGalleryView and withGalleryView', () => {
  it('round-trips every field', () => {
    const full = view({
      query: 'night drive',
      status: 'error',
      tag: 'lo-fi hip hop',
      model: 'v4.5+',
      sort: 'duration',
      layout: 'list',
    });
    const search = withGalleryView('', full);
    expect(search).toBe(
      '?q=night+drive&status=error&tag=lo-fi+hip+hop&model=v4.5%2B&sort=duration&view=list',
    );
    expect(parseGalleryView(search)).toEqual(full);
  });

  it('leaves defaults out of the address, and other params as they were', () => {
    expect(withGalleryView('?p=demo&clip=abc&t=12', DEFAULT_VIEW)).toBe('?p=demo&clip=abc&t=12');
    expect(withGalleryView('?p=demo&tag=rock&sort=title', view({ query: '  ' }))).toBe('?p=demo');
    expect(withGalleryView('', DEFAULT_VIEW)).toBe('');
  });

  it('keeps a typed query as it is, trailing space included', () => {
    expect(parseGalleryView(withGalleryView('', view({ query: 'neon ' }))).query).toBe('neon ');
  });

  it('reads a bad or missing value as its default, without throwing', () => {
    expect(parseGalleryView('')).toEqual(DEFAULT_VIEW);
    expect(
      parseGalleryView(
        `?view=cards&status=finished&sort=random&tag=${'x'.repeat(101)}&model=%20%20&q=${'y'.repeat(201)}`,
      ),
    ).toEqual(DEFAULT_VIEW);
    // A broken escape is read as the browser reads it, not refused.
    expect(parseGalleryView('?q=%E0%A4%A&status=COMPLETE&sort=Title')).toEqual(
      view({ query: '\uFFFD%A', status: 'complete', sort: 'title' }),
    );
  });

  it('uses names apart from the share link’s', () => {
    const share: string[] = Object.values(SHARE_PARAMS);
    expect(Object.values(VIEW_PARAMS).filter((name) => share.includes(name))).toEqual([]);
  });

  it('reads a query as words in lower case', () => {
    expect(normalQuery('  Neon   RAIN ')).toBe('neon rain');
    expect(normalQuery(' \t')).toBe('');
  });

  it('tells a filter from a sort', () => {
    expect(isFiltering(view({ sort: 'title' }))).toBe(false);
    expect(isCustomView(view({ sort: 'title' }))).toBe(true);
    expect(isFiltering(view({ query: ' ' }))).toBe(false);
    expect(isCustomView(DEFAULT_VIEW)).toBe(false);
    expect(isFiltering(view({ model: 'v5' }))).toBe(true);
  });
});

describe('applyGalleryView', () => {
  const clips = [
    clip('a', {
      title: 'Neon Rain',
      tags: ['synthwave', 'Dreamy'],
      lyrics: 'City lights\nfade away',
      modelName: 'chirp-crow',
      createdAt: '2024-07-01T10:00:00Z',
      duration: 200,
    }),
    clip('b', {
      title: 'paper boats',
      tags: ['folk'],
      status: 'error',
      modelName: 'chirp-v4',
      createdAt: '2024-07-03T10:00:00Z',
      duration: 95,
    }),
    clip('c', {
      title: '',
      tags: ['dreamy', 'ambient'],
      lyrics: 'slow rain on the glass',
      modelName: 'chirp-crow',
      createdAt: null,
      duration: null,
    }),
    clip('d', {
      title: 'Song 10',
      tags: [],
      createdAt: '2024-07-02T10:00:00Z',
      duration: 95,
    }),
    clip('e', { title: 'Song 2', createdAt: '2024-07-02T10:00:00Z', duration: 300 }),
  ];

  it('shows everything as looked up for the default view, and leaves its input alone', () => {
    const before = ids(clips);
    expect(ids(applyGalleryView(clips, DEFAULT_VIEW))).toEqual(before);
    expect(ids(applyGalleryView(clips, view({ sort: 'newest' })))).toEqual([
      'b',
      'd',
      'e',
      'a',
      'c',
    ]);
    expect(ids(clips)).toEqual(before);
  });

  it('searches title, tags and lyrics, any case, every word', () => {
    expect(ids(applyGalleryView(clips, view({ query: 'RAIN' })))).toEqual(['a', 'c']);
    expect(ids(applyGalleryView(clips, view({ query: 'folk' })))).toEqual(['b']);
    expect(ids(applyGalleryView(clips, view({ query: 'city  fade ' })))).toEqual(['a']);
    expect(ids(applyGalleryView(clips, view({ query: 'untitled' })))).toEqual(['c']);
    expect(applyGalleryView(clips, view({ query: 'rain folk' }))).toEqual([]);
  });

  it('filters by status, by tag in any case, and by model label', () => {
    expect(ids(applyGalleryView(clips, view({ status: 'error' })))).toEqual(['b']);
    expect(ids(applyGalleryView(clips, view({ tag: 'DREAMY' })))).toEqual(['a', 'c']);
    expect(ids(applyGalleryView(clips, view({ model: 'v5' })))).toEqual(['a', 'c']);
    expect(ids(applyGalleryView(clips, view({ model: 'v5', query: 'glass' })))).toEqual(['c']);
  });

  it('sorts by title (numbers as numbers) and by duration, unknowns last, ties in order', () => {
    expect(ids(applyGalleryView(clips, view({ sort: 'title' })))).toEqual([
      'a',
      'b',
      'e',
      'd',
      'c',
    ]);
    expect(ids(applyGalleryView(clips, view({ sort: 'duration' })))).toEqual([
      'b',
      'd',
      'a',
      'e',
      'c',
    ]);
  });

  it('keeps the given order among clips that sort the same', () => {
    const same = Array.from({ length: 50 }, (_, i) => clip(`s${i}`, { title: 'Same' }));
    for (const sort of ['lookup', 'newest', 'title', 'duration'] as const) {
      expect(ids(applyGalleryView(same, view({ sort })))).toEqual(ids(same));
    }
  });
});

describe('galleryFacets', () => {
  it('offers the values present: tags most common first, spelled as first seen', () => {
    const facets = galleryFacets([
      clip('a', { tags: ['rock', 'Indie'], modelName: 'chirp-crow' }),
      clip('b', { tags: ['indie', 'pop'], status: 'error', modelName: 'chirp-v4' }),
      clip('c', { tags: ['Indie', 'pop'], modelVersion: null }),
    ]);
    expect(facets.tags).toEqual([
      { tag: 'Indie', count: 3 },
      { tag: 'pop', count: 2 },
      { tag: 'rock', count: 1 },
    ]);
    expect(facets.statuses).toEqual(['complete', 'error']);
    expect(facets.models).toEqual(['v4', 'v5']);
  });
});
