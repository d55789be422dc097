import type { ShareSnapshot } from '../domain/share-snapshot';
import { blankClip, type Clip } from '../domain/clip';
import { isLoopbackHost, LOOPBACK_NAMES } from '../domain/key-policy';
import { withProviderMedia, type ProviderKind } from '../domain/providers';

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

function cdnBases(): { audio: string; images: string } {
  return {
    audio: base(import.meta.env.VITE_SUNO_CDN_AUDIO, 'https://cdn1.suno.ai/'),
    images: base(import.meta.env.VITE_SUNO_CDN_IMAGES, 'https://cdn2.suno.ai/'),
  };
}

/**
 * Hosts a provider's media may come from besides those its definition names: this app's own
 * (the simulator, kept copies), the base URL the person chose (a self-hosted or stand-in
 * provider serves its own files), and the CDN stand-ins a build names. An app opened on this
 * computer counts all of this computer's names as its own.
 */
export function mediaHostsBeside(baseUrl: string | null): string[] {
  const { audio, images } = cdnBases();
  const urls = [window.location.origin, audio, images, ...(baseUrl ? [baseUrl] : [])];
  const local = isLoopbackHost(window.location.hostname) ? LOOPBACK_NAMES : [];
  return local.concat(
    urls.flatMap((url) => {
      try {
        return [new URL(url, window.location.origin).hostname];
      } catch {
        return [];
      }
    }),
  );
}

export function cdnClip(id: string): Clip {
  const { audio, images } = cdnBases();
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

/**
 * A clip from a snapshot: its links were checked when it was decoded, and only those on the
 * provider's media hosts are kept (a hand-made link could point anywhere).
 */
export function snapshotClip(id: string, snapshot: ShareSnapshot, provider: ProviderKind): Clip {
  return withProviderMedia(provider, snapshotLinks(id, snapshot), mediaHostsBeside(null));
}

function snapshotLinks(id: string, snapshot: ShareSnapshot): Clip {
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
export function keylessClip(
  id: string,
  snapshot: ShareSnapshot | null,
  provider: ProviderKind,
): KeylessClip {
  if (snapshot) {
    const clip = snapshotClip(id, snapshot, provider);
    return { clip, source: 'snapshot', madeAt: snapshot.madeAt };
  }
  return { clip: cdnClip(id), source: 'cdn', madeAt: null };
}
