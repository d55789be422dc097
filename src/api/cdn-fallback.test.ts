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
    const fromCopy = keylessClip(ID, SNAPSHOT, 'sunoapi-com');
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
    expect(
      keylessClip(ID, { ...SNAPSHOT, audioUrl: null }, 'sunoapi-com').clip.audioUrl,
    ).toBeNull();
    expect(keylessClip(ID, null, 'sunoapi-com')).toEqual({
      clip: cdnClip(ID),
      source: 'cdn',
      madeAt: null,
    });
    expect(cdnClip(ID).audioUrl).toMatch(new RegExp(`/${ID}\\.mp3$`));
  });

  it("keep only links on the provider's media hosts, or this app's own", () => {
    const handMade: ShareSnapshot = {
      ...SNAPSHOT,
      audioUrl: 'https://evil.example/a.mp3',
      coverUrl: 'https://tracker.example/pixel.jpeg',
      videoUrl: `${window.location.origin}/sim/media/${ID}.mp4`,
    };
    const { clip } = keylessClip(ID, handMade, 'sunoapi-com');
    expect(clip).toMatchObject({
      audioUrl: null,
      audioProblem: 'foreign-host',
      imageUrl: null,
      videoUrl: handMade.videoUrl,
    });
    // A host one provider uses is not another's: sunoapi.org's file host is not Suno's CDN.
    const kie = { ...SNAPSHOT, audioUrl: 'https://tempfile.aiquickdraw.com/a.mp3' };
    expect(keylessClip(ID, kie, 'sunoapi-com').clip.audioUrl).toBeNull();
    expect(keylessClip(ID, kie, 'sunoapi-org').clip.audioUrl).toBe(kie.audioUrl);
  });
});
