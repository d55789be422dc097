import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LookupTarget } from '../../domain/lookup-target';
import {
  clearRecent,
  loadRecent,
  MAX_RECENT,
  RECENT_KEY,
  rememberLookup,
  removeRecent,
  updateRecentPreview,
  useRecentLookups,
  type RememberInput,
} from './recent-lookups';

function uuid(n: number): string {
  return `5a1e0001-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
function task(n: number): LookupTarget {
  return { mode: 'task', taskIds: [uuid(n)] };
}
const A = uuid(101);
const B = uuid(102);
const COVER = 'https://cdn2.suno.ai/image_abc.jpeg';

function stored(): string | null {
  return localStorage.getItem(RECENT_KEY);
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('rememberLookup and loadRecent', () => {
  it('starts empty', () => {
    expect(loadRecent()).toEqual([]);
  });

  it('puts the newest lookup first', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1000 });
    rememberLookup({ provider: 'sunoapi-co', lookup: task(2), at: 2000, title: 'Two' });
    rememberLookup({ provider: 'sunoapi-com', lookup: { mode: 'clips', ids: [A, B] }, at: 3000 });
    expect(loadRecent()).toEqual([
      {
        provider: 'sunoapi-com',
        lookup: { mode: 'clips', ids: [A, B] },
        at: 3000,
        title: null,
        coverUrl: null,
      },
      { provider: 'sunoapi-co', lookup: task(2), at: 2000, title: 'Two', coverUrl: null },
      { provider: 'demo', lookup: task(1), at: 1000, title: null, coverUrl: null },
    ]);
  });

  it('defaults the time to now', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    rememberLookup({ provider: 'demo', lookup: task(1) });
    expect(loadRecent()[0]?.at).toBe(1_700_000_000_000);
  });

  it('moves a repeated lookup to the front instead of adding it twice', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1, title: 'One', coverUrl: COVER });
    rememberLookup({ provider: 'demo', lookup: task(2), at: 2 });
    rememberLookup({ provider: 'demo', lookup: task(1), at: 3 });
    const list = loadRecent();
    expect(list.map((e) => e.lookup)).toEqual([task(1), task(2)]);
    // A repeat without preview keeps the title and cover it had.
    expect(list[0]).toMatchObject({ at: 3, title: 'One', coverUrl: COVER });
  });

  it('replaces the title and cover when a repeat brings new ones', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1, title: 'Old', coverUrl: COVER });
    rememberLookup({
      provider: 'demo',
      lookup: task(1),
      at: 2,
      title: 'New',
      coverUrl: 'https://cdn2.suno.ai/new.jpeg',
    });
    expect(loadRecent()).toEqual([
      {
        provider: 'demo',
        lookup: task(1),
        at: 2,
        title: 'New',
        coverUrl: 'https://cdn2.suno.ai/new.jpeg',
      },
    ]);
  });

  it('treats the same task under another provider as a different lookup', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1 });
    rememberLookup({ provider: 'sunoapi-co', lookup: task(1), at: 2 });
    expect(loadRecent()).toHaveLength(2);
  });

  it('treats the same clips in another order, or another case, as the same lookup', () => {
    rememberLookup({ provider: 'demo', lookup: { mode: 'clips', ids: [A, B] }, at: 1 });
    rememberLookup({
      provider: 'demo',
      lookup: { mode: 'clips', ids: [B.toUpperCase(), A] },
      at: 2,
    });
    expect(loadRecent()).toEqual([
      {
        provider: 'demo',
        lookup: { mode: 'clips', ids: [B, A] },
        at: 2,
        title: null,
        coverUrl: null,
      },
    ]);
  });

  it(`keeps only the last ${MAX_RECENT}`, () => {
    for (let i = 1; i <= 25; i += 1) rememberLookup({ provider: 'demo', lookup: task(i), at: i });
    const list = loadRecent();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.lookup).toEqual(task(25));
    expect(list.at(-1)?.lookup).toEqual(task(6));
  });

  it('returns the same array while storage is unchanged', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1 });
    expect(loadRecent()).toBe(loadRecent());
  });

  it('ignores lookups that are not valid', () => {
    rememberLookup({ provider: 'demo', lookup: { mode: 'task', taskIds: ['nope'] } });
    rememberLookup({ provider: 'demo', lookup: { mode: 'clips', ids: [] } });
    rememberLookup({ provider: 'evil' as 'demo', lookup: task(1) });
    expect(loadRecent()).toEqual([]);
    expect(stored()).toBeNull();
  });

  it('stores only http(s) covers', () => {
    for (const coverUrl of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/relative.jpg',
      'not a url',
      'ftp://example.com/a.jpg',
    ]) {
      rememberLookup({ provider: 'demo', lookup: task(1), at: 1, coverUrl });
      expect(loadRecent()[0]?.coverUrl).toBeNull();
    }
    rememberLookup({
      provider: 'demo',
      lookup: task(1),
      at: 1,
      coverUrl: 'http://x.example/c.jpg',
    });
    expect(loadRecent()[0]?.coverUrl).toBe('http://x.example/c.jpg');
  });

  it('never writes fields beyond the five it knows, so no key can be stored', () => {
    const sneaky = {
      provider: 'sunoapi-co',
      lookup: { mode: 'task', taskIds: [uuid(1)], apiKey: 'sk-secret' },
      at: 1,
      title: 'Song',
      coverUrl: COVER,
      apiKey: 'sk-secret',
      config: { apiKey: 'sk-secret' },
    } as RememberInput;
    rememberLookup(sneaky);
    const raw = stored() ?? '';
    expect(raw).not.toContain('secret');
    const parsed = JSON.parse(raw) as Record<string, unknown>[];
    expect(Object.keys(parsed[0] ?? {}).sort()).toEqual([
      'at',
      'coverUrl',
      'lookup',
      'provider',
      'title',
    ]);
  });

  it('keeps working when storage refuses to write or read', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => rememberLookup({ provider: 'demo', lookup: task(1) })).not.toThrow();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    // What could not be stored lives on for this page.
    expect(loadRecent().map((e) => e.lookup)).toEqual([task(1)]);
    expect(() => clearRecent()).not.toThrow();
    expect(loadRecent()).toEqual([]);
  });
});

describe('reading what storage holds', () => {
  it.each([
    ['not JSON', '{oops'],
    ['an object', '{"provider":"demo"}'],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"hello"'],
    ['too long to be ours', JSON.stringify(['x'.repeat(300_000)])],
  ])('reads %s as an empty list', (_label, raw) => {
    localStorage.setItem(RECENT_KEY, raw);
    expect(loadRecent()).toEqual([]);
  });

  it('drops bad entries and keeps the good ones', () => {
    const good = { provider: 'demo', lookup: task(1), at: 5, title: 'Ok', coverUrl: COVER };
    localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([
        null,
        7,
        'x',
        [],
        { ...good, provider: 'evil' },
        { ...good, provider: '__proto__' },
        { ...good, lookup: { mode: 'task', taskId: '../../etc' } },
        { ...good, lookup: { mode: 'clips', ids: [A, 42] } },
        { ...good, lookup: { mode: 'clips', ids: Array.from({ length: 21 }, (_, i) => uuid(i)) } },
        { ...good, lookup: { mode: 'other' } },
        { ...good, at: 'yesterday' },
        { ...good, at: -1 },
        { ...good, at: null },
        good,
        { ...good, at: 9 },
      ]),
    );
    expect(loadRecent()).toEqual([good]);
  });

  it('cleans hostile field values instead of trusting them', () => {
    localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([
        {
          provider: 'demo',
          lookup: { mode: 'task', taskId: uuid(1).toUpperCase() },
          at: 1,
          title: 'x'.repeat(5000),
          coverUrl: 'javascript:alert(document.cookie)',
          apiKey: 'sk-secret',
        },
        {
          provider: 'demo',
          lookup: { mode: 'task', taskId: uuid(2) },
          at: 2,
          title: { toString: 'evil' },
          coverUrl: 12,
        },
        {
          provider: 'demo',
          lookup: { mode: 'task', taskId: uuid(3) },
          at: 3,
          title: '<img src=x onerror=alert(1)> 🎵',
          coverUrl: null,
        },
      ]),
    );
    const list = loadRecent();
    expect(list).toHaveLength(3);
    expect(list[0]).toEqual({
      provider: 'demo',
      lookup: task(1),
      at: 1,
      title: 'x'.repeat(200),
      coverUrl: null,
    });
    expect(list[1]).toMatchObject({ title: null, coverUrl: null });
    // Titles are text for React to escape; they are kept as written.
    expect(list[2]?.title).toBe('<img src=x onerror=alert(1)> 🎵');
  });

  it('keeps only the first of many stored entries', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      provider: 'demo',
      lookup: task(i),
      at: i,
      title: null,
      coverUrl: null,
    }));
    localStorage.setItem(RECENT_KEY, JSON.stringify(many));
    expect(loadRecent()).toHaveLength(MAX_RECENT);
  });
});

describe('updateRecentPreview', () => {
  it('fills in title and cover without moving the entry', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1 });
    rememberLookup({ provider: 'demo', lookup: task(2), at: 2 });
    updateRecentPreview('demo', task(1), 'Neon Harbor', COVER);
    expect(loadRecent()).toEqual([
      { provider: 'demo', lookup: task(2), at: 2, title: null, coverUrl: null },
      { provider: 'demo', lookup: task(1), at: 1, title: 'Neon Harbor', coverUrl: COVER },
    ]);
  });

  it('does not erase a preview with nulls, nor store an unsafe cover', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1, title: 'T', coverUrl: COVER });
    updateRecentPreview('demo', task(1), null, 'javascript:alert(1)');
    expect(loadRecent()[0]).toMatchObject({ title: 'T', coverUrl: COVER });
  });

  it('does nothing for a lookup that was never remembered, and skips unchanged writes', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1, title: 'T' });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    updateRecentPreview('demo', task(9), 'X', COVER);
    updateRecentPreview('sunoapi-co', task(1), 'X', COVER);
    updateRecentPreview('demo', task(1), 'T', null);
    expect(setItem).not.toHaveBeenCalled();
    expect(loadRecent()).toHaveLength(1);
  });
});

describe('removeRecent and clearRecent', () => {
  it('removes one lookup', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1 });
    rememberLookup({ provider: 'demo', lookup: { mode: 'clips', ids: [A, B] }, at: 2 });
    removeRecent('demo', { mode: 'clips', ids: [B, A] });
    expect(loadRecent().map((e) => e.lookup)).toEqual([task(1)]);
    removeRecent('sunoapi-co', task(1));
    expect(loadRecent()).toHaveLength(1);
    removeRecent('demo', task(1));
    expect(loadRecent()).toEqual([]);
    expect(stored()).toBeNull();
  });

  it('clears everything', () => {
    rememberLookup({ provider: 'demo', lookup: task(1), at: 1 });
    clearRecent();
    expect(loadRecent()).toEqual([]);
    expect(stored()).toBeNull();
  });
});

describe('useRecentLookups', () => {
  it('re-renders on changes made in this tab', () => {
    const { result } = renderHook(() => useRecentLookups());
    expect(result.current).toEqual([]);
    act(() => rememberLookup({ provider: 'demo', lookup: task(1), at: 1, title: 'One' }));
    expect(result.current.map((e) => e.title)).toEqual(['One']);
    act(() => updateRecentPreview('demo', task(1), 'Renamed', null));
    expect(result.current.map((e) => e.title)).toEqual(['Renamed']);
    act(() => clearRecent());
    expect(result.current).toEqual([]);
  });

  it('re-renders when another tab writes', () => {
    const { result } = renderHook(() => useRecentLookups());
    const entry = { provider: 'demo', lookup: task(7), at: 7, title: 'Elsewhere', coverUrl: null };
    act(() => {
      localStorage.setItem(RECENT_KEY, JSON.stringify([entry]));
      window.dispatchEvent(new StorageEvent('storage', { key: RECENT_KEY }));
    });
    expect(result.current).toEqual([entry]);
    act(() => {
      localStorage.clear();
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    expect(result.current).toEqual([]);
  });

  it('stops listening after unmount', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useRecentLookups());
    unmount();
    expect(remove).toHaveBeenCalledWith('storage', expect.any(Function));
  });
});
