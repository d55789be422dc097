import type { Clip } from '../../domain/clip';
import { encodeSnapshot } from '../../domain/share-snapshot';

/**
 * The fragment text of a playable copy of a clip's links, or null when the clip has no
 * finished audio yet, or its links are too long to carry even without video and covers.
 */
export function snapshotOf(clip: Clip, now: number): string | null {
  if (clip.status !== 'complete' || !clip.audioUrl) return null;
  return encodeSnapshot(
    {
      title: clip.title,
      artist: clip.handle,
      coverUrl: clip.imageUrl,
      coverLargeUrl: clip.imageLargeUrl,
      audioUrl: clip.audioUrl,
      videoUrl: clip.videoUrl,
      duration: clip.duration,
      madeAt: now,
    },
    now,
  );
}
