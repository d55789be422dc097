import type { Clip } from '../../../domain/clip';
import type { QueueOwner } from '../engine/play-queue';

export const REFRESHING = 'Refreshing the link…';

/**
 * Media links expire: when one fails, the page that owns the queue asks the provider for the
 * clip again. The fresh copy of the same file, or null when there is none (or it is the link
 * that just failed).
 */
export async function freshMedia(
  owner: QueueOwner | null,
  clip: Clip,
  failedUrl: string,
  pick: (fresh: Clip) => string | null,
  again = false,
): Promise<{ clip: Clip; url: string } | null> {
  const fresh = await owner?.refresh?.(clip.id, failedUrl, again).catch(() => null);
  const url = fresh ? pick(fresh) : null;
  return fresh && url && url !== failedUrl ? { clip: fresh, url } : null;
}

/** What the person is told when even a fresh link would not play. */
export function refusedMessage(what: 'audio' | 'video'): string {
  return `The provider refused this ${what} or its link has expired, even after asking for a fresh one.`;
}

/** What the audio healer needs of the player. */
export interface HealHost {
  owner(): QueueOwner | null;
  /** The clip loaded now: an answer for another clip is dropped. */
  clipId(): string | null;
  /** Where playback stood when the link failed. */
  position(): number;
  say(notice: string | null, error: string | null): void;
  /** Goes on from `at` with the fresh link. */
  reload(clip: Clip, url: string, at: number): void;
}

/**
 * The audio's link failed (an expired signed URL): ask for the clip again and go on from the
 * same moment; say why when there is nothing fresher. `again`: the person pressed Retry.
 */
export async function healAudio(
  host: HealHost,
  clip: Clip,
  url: string,
  why: string,
  again = false,
): Promise<void> {
  const at = host.position();
  host.say(REFRESHING, null);
  const fresh = await freshMedia(host.owner(), clip, url, (c) => c.audioUrl, again);
  if (host.clipId() !== clip.id) return;
  if (!fresh) {
    host.say(null, again ? refusedMessage('audio') : why);
    return;
  }
  host.say(null, null);
  host.reload(fresh.clip, fresh.url, at);
}
