import { describe, expect, it } from 'vitest';
import type { ShareSnapshot } from '../domain/share-snapshot';
import { cdnClip, keylessClip } from './cdn-fallback';

const ID = 'c1a50001-0000-4000-8000-000000000001';
const SNAPSHOT: ShareSnapshot = {
  title: 'Copy',
  artist: 'someone',
  coverUrl: 'https://cdn2.suno.ai/c.jpeg',
  coverLargeUrl: null,
  audioUrl: 'https://cdn1.suno.ai/a.mp3?Signature=x',
  videoUrl: null,
  duration: 61,
  madeAt: 1_777_000_000_000,
};

describe('keyless clips', () => {
  it('play from the snapshot when the link carries one, else from the public CDN', () => {
    const fromCopy = keylessClip(ID, SNAPSHOT);
    expect(fromCopy.source).toBe('snapshot');
    expect(fromCopy.madeAt).toBe(SNAPSHOT.madeAt);
    expect(fromCopy.clip).toMatchObject({
      id: ID,
      title: 'Copy',
      handle: 'someone',
      status: 'complete',
      audioUrl: SNAPSHOT.audioUrl,
      imageUrl: SNAPSHOT.coverUrl,
      imageLargeUrl: null,
      duration: 61,
    });
    // A copy whose audio link was dropped stays a copy: the page says it cannot play.
    expect(keylessClip(ID, { ...SNAPSHOT, audioUrl: null }).clip.audioUrl).toBeNull();
    expect(keylessClip(ID, null)).toEqual({ clip: cdnClip(ID), source: 'cdn', madeAt: null });
    expect(cdnClip(ID).audioUrl).toMatch(new RegExp(`/${ID}\\.mp3$`));
  });
});
