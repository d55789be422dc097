import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../domain/clip';
import { song } from './test-fixtures/songs';

/** Cache Storage in memory (jsdom has none). */
function memoryCaches() {
  const files = new Map<string, Response>();
  const cache = {
    put: (key: string, res: Response) => Promise.resolve(void files.set(key, res)),
    match: (key: string) => Promise.resolve(files.get(key)?.clone()),
    delete: (key: string) => Promise.resolve(files.delete(key)),
  };
  return { files, caches: { open: () => Promise.resolve(cache) } };
}

let store: ReturnType<typeof memoryCaches>;
beforeEach(() => {
  vi.resetModules();
  store = memoryCaches();
  vi.stubGlobal('caches', store.caches);
  vi.stubGlobal('indexedDB', new IDBFactory());
  // Node's Blob, which Node's Response (what the cache holds) can read; jsdom's cannot.
  vi.stubGlobal('Blob', NodeBlob);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SLOW = { timeout: 10_000 };

async function renderButton(clip: Clip) {
  const { KeepButton } = await import('./keep-button');
  const source = {
    provider: 'sunoapi-co' as const,
    target: { mode: 'clips' as const, ids: [clip.id] },
    refresh: () => Promise.resolve(null),
  };
  render(<KeepButton clip={clip} source={source} />);
}

describe('KeepButton', () => {
  it('keeps the clip’s audio, then reads Kept (pressed); pressed again, the copy is removed', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('ID3 audio bytes', { status: 200 })));
    await renderButton(song(1));
    const keep = await screen.findByRole('button', { name: 'Keep', pressed: false });
    // Enabled once the kept list has been read.
    await waitFor(() => expect(keep).toBeEnabled());
    await userEvent.click(keep);
    // The keeping code loads on the click: on a busy machine that takes a moment.
    const kept = await screen.findByRole('button', { name: 'Kept', pressed: true }, SLOW);
    expect(store.files.size).toBe(1);
    await userEvent.click(kept);
    await screen.findByRole('button', { name: 'Keep', pressed: false });
    expect(store.files.size).toBe(0);
  });

  it('says why when the audio host refuses, directly and through the relay, and keeps nothing', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 410 })));
    await renderButton(song(2));
    const keep = await screen.findByRole('button', { name: 'Keep' });
    await waitFor(() => expect(keep).toBeEnabled());
    await userEvent.click(keep);
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe(
      '“Song 2” could not be kept: the audio host answered 410.',
    );
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveAttribute('aria-pressed', 'false');
    expect(store.files.size).toBe(0);
  });
});
