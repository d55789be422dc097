import { describe, expect, it, vi } from 'vitest';
import { blankClip, type Clip } from '../../../domain/clip';
import { healAudio, refusedMessage, REFRESHING, type HealHost } from './media-healing';
import type { QueueOwner } from '../engine/play-queue';

const ID = '00000000-0000-4000-8000-0000000000a1';
const OLD = 'https://cdn.example/a.mp3?expires=1';
const NEW = 'https://cdn.example/a.mp3?expires=2';

function clipWith(audioUrl: string | null): Clip {
  return { ...blankClip(ID), status: 'complete', audioUrl };
}

function hostAsking(answer: Clip | null, loaded: () => string | null = () => ID) {
  const refresh = vi.fn(async () => answer);
  const owner: QueueOwner = {
    provider: 'sunoapi-co',
    target: { mode: 'clips', ids: [ID] },
    refresh,
  };
  const said: [string | null, string | null][] = [];
  const reload = vi.fn<HealHost['reload']>();
  const host: HealHost = {
    owner: () => owner,
    clipId: loaded,
    position: () => 42,
    say: (notice, error) => said.push([notice, error]),
    reload,
  };
  return { host, refresh, said, reload };
}

describe('healing an expired audio link', () => {
  it('asks for the clip again and goes on from the same moment with the fresh link', async () => {
    const fresh = clipWith(NEW);
    const { host, refresh, said, reload } = hostAsking(fresh);
    await healAudio(host, clipWith(OLD), OLD, 'HTTP 403');
    expect(refresh).toHaveBeenCalledWith(ID, OLD, false);
    expect(said).toEqual([
      [REFRESHING, null],
      [null, null],
    ]);
    expect(reload).toHaveBeenCalledWith(fresh, NEW, 42);
  });

  it('says why when the answer has the same link or none', async () => {
    for (const answer of [clipWith(OLD), clipWith(null), null]) {
      const { host, said, reload } = hostAsking(answer);
      await healAudio(host, clipWith(OLD), OLD, 'HTTP 403');
      expect(said.at(-1)).toEqual([null, 'HTTP 403']);
      expect(reload).not.toHaveBeenCalled();
    }
  });

  it('says the provider refused even a fresh link when the person pressed Retry', async () => {
    const { host, refresh, said } = hostAsking(null);
    await healAudio(host, clipWith(OLD), OLD, 'HTTP 403', true);
    expect(refresh).toHaveBeenCalledWith(ID, OLD, true);
    expect(said.at(-1)).toEqual([null, refusedMessage('audio')]);
  });

  it('drops the answer when another clip was loaded meanwhile', async () => {
    const { host, said, reload } = hostAsking(clipWith(NEW), () => 'another');
    await healAudio(host, clipWith(OLD), OLD, 'HTTP 403');
    expect(said).toEqual([[REFRESHING, null]]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('treats a failed request for the clip as no fresh link', async () => {
    const { host, refresh, said } = hostAsking(null);
    refresh.mockRejectedValueOnce(new Error('offline'));
    await healAudio(host, clipWith(OLD), OLD, 'HTTP 403');
    expect(said.at(-1)).toEqual([null, 'HTTP 403']);
  });
});
