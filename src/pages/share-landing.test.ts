import { describe, expect, it } from 'vitest';
import { encodeSnapshot, withSnapshot } from '../domain/share-snapshot';
import { readShareLanding } from './share-landing';

const ID = 'c1a50001-0000-4000-8000-000000000001';
const COPY = encodeSnapshot({
  title: 'From the copy',
  artist: null,
  coverUrl: null,
  coverLargeUrl: null,
  audioUrl: 'https://cdn1.suno.ai/a.mp3?Signature=x',
  videoUrl: null,
  duration: null,
  madeAt: Date.now(),
});

function land(provider: string, hash: string) {
  const url = new URL(withSnapshot(`https://v.example/clips/${ID}?p=${provider}&clip=${ID}`, hash));
  return readShareLanding(url.pathname, url.search, hash ? url.hash : '');
}

describe('readShareLanding', () => {
  it('gives a real provider’s keyless recipient the copy, else the public CDN', () => {
    const withCopy = land('sunoapi-com', COPY ?? '');
    expect(withCopy.share).toMatchObject({ ok: true });
    expect(withCopy.keyless?.source).toBe('snapshot');
    expect(withCopy.keyless?.clip.title).toBe('From the copy');
    const broken = land('sunoapi-com', 'not*base64');
    expect(broken.snapshot).toMatchObject({ ok: false });
    expect(broken.keyless?.source).toBe('cdn');
  });

  it('has nothing keyless for the Demo, which needs no key', () => {
    expect(land('demo', COPY ?? '').keyless).toBeNull();
  });
});
