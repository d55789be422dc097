import { isPlayable, takeNumberIn, type Clip } from '../../../domain/clip';
import type { LookupTarget } from '../../../domain/lookup-target';
import type { ProviderKind } from '../../../domain/providers';

/** The lookup a queue came from: what the now-playing bar links the clip's page through. */
export interface QueueOwner {
  provider: ProviderKind;
  target: LookupTarget;
  /** In a batch, the clip IDs of each task: takes are compared within their own task. */
  takes?: readonly (readonly string[])[];
  /**
   * Asks the provider for a clip again when one of its media links fails (an expired signed
   * link): once per link, unless `again` (the person pressed Retry).
   */
  refresh?: (clipId: string, failedUrl: string, again?: boolean) => Promise<Clip | null>;
}

/** The takes a clip is compared with (A/B, X, 1–9): its task's clips in a batch, else all. */
export function takesOf(
  queue: readonly Clip[],
  owner: QueueOwner | null,
  clipId: string | null,
): readonly Clip[] {
  const task = clipId === null ? owner?.takes?.[0] : owner?.takes?.find((t) => t.includes(clipId));
  return task ? queue.filter((c) => task.includes(c.id)) : queue;
}

/**
 * "Take 2": a clip's place among its task's takes, counting from 1; null for a list of clips
 * (they are not takes of one song) or a task with only one.
 */
export function takeNumber(
  queue: readonly Clip[],
  owner: QueueOwner | null,
  clipId: string,
): number | null {
  if (owner?.target.mode !== 'task') return null;
  return takeNumberIn([takesOf(queue, owner, clipId).map((c) => c.id)], clipId);
}

/** The next playable clip after `currentId` in the lookup's order, or null at the end. */
export function nextClip(queue: readonly Clip[], currentId: string | null): Clip | null {
  const at = queue.findIndex((c) => c.id === currentId);
  return queue.slice(at + 1).find(isPlayable) ?? null;
}

/** The playable clip before `currentId`, or null at the start (or when it is not queued). */
export function previousClip(queue: readonly Clip[], currentId: string | null): Clip | null {
  const at = queue.findIndex((c) => c.id === currentId);
  if (at <= 0) return null;
  return queue.slice(0, at).reverse().find(isPlayable) ?? null;
}
