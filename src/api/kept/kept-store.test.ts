import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../domain/clip';
import { readPeaks } from '../peaks-store';
import type { KeptRecord } from './kept-record';

/** Cache Storage as the browser keeps it, in memory: jsdom has none. */
function memoryCaches(refuse: () => boolean) {
  const files = new Map<string, Response>();
  const cache = {
    put: (key: string, res: Response) => {
      if (refuse()) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      files.set(key, res);
      return Promise.resolve();
    },
    match: (key: string) => Promise.resolve(files.get(key)?.clone()),
    delete: (key: string) => Promise.resolve(files.delete(key)),
  };
  return { files, caches: { open: () => Promise.resolve(cache) } };
}

const clip = (id: string, title: string): Clip =>
  ({
    id,
    title,
    status: 'complete',
    audioUrl: `https://cdn1.suno.ai/${id}.mp3`,
    videoUrl: `https://cdn1.suno.ai/${id}.mp4`,
    imageUrl: `https://cdn2.suno.ai/image_${id}.jpeg`,
    imageLargeUrl: null,
    avatarUrl: 'https://cdn1.suno.ai/avatar.jpeg',
    isVideoPending: false,
    tags: [],
    history: [],
    concatHistory: [],
    lyrics: null,
  }) as unknown as Clip;

/** Node's own Blob, which its Response (what Cache Storage holds) can read; jsdom's cannot. */
const file = (text: string) => new NodeBlob([text]) as unknown as Blob;

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';

function recordOf(c: Clip, keptAt: number): KeptRecord {
  return {
    clip: c,
    provider: 'sunoapi-co',
    target: { mode: 'clips', ids: [c.id] },
    keptAt,
    audio: { type: 'audio/mpeg', bytes: 4 },
    cover: { type: 'image/jpeg', bytes: 2 },
    peaks: { peaks: [0.5, 1], duration: 180 },
    timed: null,
  };
}

describe('clips kept on this device', () => {
  let store: { files: Map<string, Response>; caches: unknown };
  let full = false;
  beforeEach(() => {
    vi.resetModules();
    full = false;
    store = memoryCaches(() => full);
    vi.stubGlobal('caches', store.caches);
    // A new, empty IndexedDB each time: as a device that has kept nothing.
    vi.stubGlobal('indexedDB', new IDBFactory());
    let n = 0;
    URL.createObjectURL = vi.fn(() => `blob:local/${++n}`);
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists what was kept, newest first, and shows it with links on the device only', async () => {
    const kept = await import('./kept-store');
    await kept.keep(recordOf(clip(ID_A, 'First'), 1), file('mp3!'), file('jp'));
    await kept.keep(recordOf(clip(ID_B, 'Second'), 2), file('mp3!'), null);
    expect(kept.keptStore.get().records.map((r) => r.clip.title)).toEqual(['Second', 'First']);

    const local = await kept.localClip(kept.keptStore.get().records[1] as KeptRecord);
    expect(local?.audioUrl).toMatch(/^blob:/);
    expect(local?.imageUrl).toMatch(/^blob:/);
    expect(local?.videoUrl).toBeNull();
    expect(local?.avatarUrl).toBeNull();
    // The waveform comes back with it, for a device whose peaks cache was cleared.
    expect(await readPeaks(ID_A)).toEqual({ peaks: [0.5, 1], duration: 180 });

    // A new visit reads the same list back from IndexedDB.
    vi.resetModules();
    const later = await import('./kept-store');
    await later.loadKept();
    expect(later.keptStore.get().records.map((r) => r.clip.id)).toEqual([ID_B, ID_A]);
  });

  it('says plainly when the browser refuses the space, and leaves nothing half-stored', async () => {
    const kept = await import('./kept-store');
    full = true;
    await expect(kept.keep(recordOf(clip(ID_A, 'Big'), 1), file('mp3!'), null)).rejects.toThrow(
      /refused the space/,
    );
    expect(store.files.size).toBe(0);
    await kept.loadKept();
    expect(kept.keptStore.get().records).toEqual([]);
  });

  it('removes a clip with its files, and all of them at once', async () => {
    const kept = await import('./kept-store');
    await kept.keep(recordOf(clip(ID_A, 'A'), 1), file('mp3!'), file('jp'));
    await kept.keep(recordOf(clip(ID_B, 'B'), 2), file('mp3!'), null);
    await kept.localClip(kept.keptStore.get().records[0] as KeptRecord);
    await kept.unkeep(ID_B);
    expect(URL.revokeObjectURL).toHaveBeenCalled();
    expect(kept.keptStore.get().records.map((r) => r.clip.id)).toEqual([ID_A]);
    expect([...store.files.keys()].every((k) => k.includes(ID_A))).toBe(true);
    await kept.unkeepAll();
    expect(kept.keptStore.get().records).toEqual([]);
    expect(store.files.size).toBe(0);
  });
});
