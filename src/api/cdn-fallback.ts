import type { ShareSnapshot } from '../domain/share-snapshot';
import { blankClip, type Clip } from '../domain/clip';

/**
 * What a share link plays for someone without a key for its provider: the playable copy the
 * sharer put in the link (a snapshot), else Suno's public CDN by clip ID. Suno has started
 * refusing unsigned CDN links, and a snapshot's signed links expire: the page checks the audio
 * and says plainly when either is refused. Build-time overrides let the simulator stand in
 * for the CDN in tests and demos.
 */
function base(envValue: unknown, fallback: string): string {
  const raw = typeof envValue === 'string' && envValue.trim() ? envValue.trim() : fallback;
  const absolute = new URL(raw, window.location.origin).toString();
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}

export function cdnClip(id: string): Clip {
  const audio = base(import.meta.env.VITE_SUNO_CDN_AUDIO, 'https://cdn1.suno.ai/');
  const images = base(import.meta.env.VITE_SUNO_CDN_IMAGES, 'https://cdn2.suno.ai/');
  return {
    ...blankClip(id),
    status: 'complete',
    rawStatus: 'complete',
    audioUrl: `${audio}${id}.mp3`,
    videoUrl: `${audio}${id}.mp4`,
    imageUrl: `${images}image_${id}.jpeg`,
    imageLargeUrl: `${images}image_large_${id}.jpeg`,
  };
}

/** A clip from a snapshot: its links were checked when it was decoded. */
export function snapshotClip(id: string, snapshot: ShareSnapshot): Clip {
  return {
    ...blankClip(id),
    status: 'complete',
    rawStatus: 'complete',
    title: snapshot.title,
    handle: snapshot.artist,
    audioUrl: snapshot.audioUrl,
    videoUrl: snapshot.videoUrl,
    imageUrl: snapshot.coverUrl,
    imageLargeUrl: snapshot.coverLargeUrl,
    duration: snapshot.duration,
  };
}

export type KeylessSource = 'snapshot' | 'cdn';

/** The clip a keyless recipient gets, and where it came from. */
export interface KeylessClip {
  clip: Clip;
  source: KeylessSource;
  /** When the snapshot was made; null for the CDN or an undated copy. */
  madeAt: number | null;
}

/** The snapshot whenever the link has one (even one whose links were all refused), else the CDN. */
export function keylessClip(id: string, snapshot: ShareSnapshot | null): KeylessClip {
  if (snapshot) {
    return { clip: snapshotClip(id, snapshot), source: 'snapshot', madeAt: snapshot.madeAt };
  }
  return { clip: cdnClip(id), source: 'cdn', madeAt: null };
}
