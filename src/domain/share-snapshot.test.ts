import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SNAPSHOT_CHARS,
  MAX_SNAPSHOT_TITLE,
  decodeSnapshot,
  encodeSnapshot,
  readSnapshot,
  withSnapshot,
  type ShareSnapshot,
} from './share-snapshot';

const NOW = Date.UTC(2026, 4, 1, 12);
const CDN = 'https://cdn1.suno.ai';
const SNAPSHOT: ShareSnapshot = {
  title: 'Neon Harbor – take 2 🎵',
  artist: 'harbor_lights',
  coverUrl: `${CDN}/image_a.jpeg`,
  coverLargeUrl: `${CDN}/image_large_a.jpeg`,
  audioUrl: `${CDN}/a.mp3?Expires=1777777777&Signature=abc&Key-Pair-Id=K1`,
  videoUrl: `${CDN}/a.mp4`,
  duration: 183.4,
  madeAt: NOW - 60_000,
};

/** What a snapshot with nothing usable in it reads as. */
const EMPTY: ShareSnapshot = {
  title: '',
  artist: null,
  coverUrl: null,
  coverLargeUrl: null,
  audioUrl: null,
  videoUrl: null,
  duration: null,
  madeAt: null,
};

/** A wire object encoded the way a hostile sharer could write it by hand. */
function forge(wire: unknown): string {
  return base64url(new TextEncoder().encode(JSON.stringify(wire)));
}

function base64url(bytes: Uint8Array): string {
  const binary = String.fromCharCode(...bytes);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decoded(encoded: string): ShareSnapshot {
  const read = decodeSnapshot(encoded, NOW);
  if (!read.ok) throw new Error(read.message);
  return read.snapshot;
}

describe('snapshot codec', () => {
  it('round-trips every field (time to the second) in a link fragment', () => {
    const encoded = encodeSnapshot(SNAPSHOT, NOW);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const link = withSnapshot('https://viewer.example/clips/a?p=sunoapi-com&clip=a', encoded ?? '');
    expect(readSnapshot(new URL(link).hash, NOW)).toEqual({
      ok: true,
      snapshot: { ...SNAPSHOT, madeAt: Math.floor(SNAPSHOT.madeAt! / 1000) * 1000 },
    });
  });

  it('says nothing about an address without one', () => {
    expect(readSnapshot('', NOW)).toBeNull();
    expect(readSnapshot('#other=1', NOW)).toBeNull();
  });

  it('keeps within the size cap by dropping the video, then the covers, never the audio', () => {
    const long = (name: string, size: number) => `${CDN}/${name}?Signature=${'x'.repeat(size)}`;
    const links = (size: number) => ({
      ...SNAPSHOT,
      audioUrl: long('a.mp3', size),
      videoUrl: long('a.mp4', size),
      coverUrl: long('c.jpeg', size),
      coverLargeUrl: long('C.jpeg', size),
    });
    const fit = (snapshot: ShareSnapshot) => {
      const encoded = encodeSnapshot(snapshot, NOW) ?? '';
      expect(encoded.length).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
      return decoded(encoded);
    };
    const noVideo = fit(links(900));
    expect(noVideo).toMatchObject({ videoUrl: null, audioUrl: links(900).audioUrl });
    expect(noVideo.coverLargeUrl).not.toBeNull();
    expect(fit(links(1400))).toMatchObject({ coverLargeUrl: null, coverUrl: links(1400).coverUrl });
    expect(fit(links(1900))).toMatchObject({ coverUrl: null, audioUrl: links(1900).audioUrl });
    // An audio link over the URL cap is not carried at all.
    expect(fit(links(2100)).audioUrl).toBeNull();
  });

  it('ignores an oversized or malformed fragment with a short message, never a throw', () => {
    const cases = [
      'A'.repeat(MAX_SNAPSHOT_CHARS + 1),
      'not base64!',
      '%3Cscript%3E',
      'eyJ2Ij',
      forge('a string'),
      forge([1, 2]),
      forge(null),
      forge({ t: 'no version' }),
      forge({ v: 2, t: 'from the future' }),
      base64url(new Uint8Array([0xff, 0xfe, 0x00])),
    ];
    for (const encoded of cases) {
      const read = decodeSnapshot(encoded, NOW);
      expect(read.ok, encoded.slice(0, 20)).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/ignored\.$/);
    }
    expect(decodeSnapshot('A'.repeat(MAX_SNAPSHOT_CHARS + 1), NOW)).toEqual({
      ok: false,
      message: 'The playable copy in this link is too large, so it was ignored.',
    });
  });

  it('drops unsafe links, caps and cleans text, and refuses unbelievable numbers', () => {
    const snapshot = decoded(
      forge({
        v: 1,
        t: `<img src=x onerror=alert(1)>\u0000\u202e${'t'.repeat(500)}`,
        a: '@@"><script>alert(1)</script>',
        c: 'javascript:alert(1)',
        C: 'data:image/svg+xml,<svg onload=alert(1)>',
        u: '//evil.example/a.mp3',
        m: ' JAVASCRIPT:alert(1)',
        d: Number.POSITIVE_INFINITY,
        at: 4_000_000_000,
        extra: 'ignored',
      }),
    );
    expect(snapshot.title.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(snapshot.title).not.toContain('\u0000');
    expect(Array.from(snapshot.title).length).toBeLessThanOrEqual(MAX_SNAPSHOT_TITLE);
    expect(snapshot.artist).toBe('"><script>alert(1)</script>');
    expect(snapshot).toEqual({ ...EMPTY, title: snapshot.title, artist: snapshot.artist });
    expect(decoded(forge({ v: 1, t: 42, a: {}, d: -3, at: 1.5 }))).toEqual(EMPTY);
  });

  it('never throws on any fragment text, and whatever it accepts has only http(s) links', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.json().map(forge)), (text) => {
        const read = decodeSnapshot(text, NOW);
        if (!read.ok) return;
        const { coverUrl, coverLargeUrl, audioUrl, videoUrl } = read.snapshot;
        for (const link of [coverUrl, coverLargeUrl, audioUrl, videoUrl]) {
          if (link !== null) expect(link).toMatch(/^https?:\/\//);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
