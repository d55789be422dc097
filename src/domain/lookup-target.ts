/**
 * What a lookup asks a provider for: one or more tasks (a batch), or a list of clips. It lives
 * in the URL, in share links and in the recent-lookups list, so its parsing and identity are
 * written here once.
 */
import * as v from 'valibot';
import { normalizeIdList, normalizeTaskIdList } from './ids';
import type { ProviderKind } from './providers';

export type LookupMode = 'task' | 'clips';

export type LookupTarget = { mode: 'task'; taskIds: string[] } | { mode: 'clips'; ids: string[] };

/**
 * One request's worth of a lookup: a single task, or the whole clip list (providers take
 * clip IDs together). A batch of tasks is several parts, each asked and polled on its own.
 */
export type LookupPart = { mode: 'task'; taskId: string } | { mode: 'clips'; ids: string[] };

/** A target from a mode and raw IDs (route params, stored entries): null unless every ID is valid. */
export function targetFromIds(mode: LookupMode, rawIds: readonly unknown[]): LookupTarget | null {
  const ids = mode === 'task' ? normalizeTaskIdList(rawIds) : normalizeIdList(rawIds);
  if (ids === null) return null;
  return mode === 'task' ? { mode: 'task', taskIds: ids } : { mode: 'clips', ids };
}

export function targetIds(target: LookupTarget): string[] {
  return target.mode === 'task' ? [...target.taskIds] : [...target.ids];
}

export function partsOf(target: LookupTarget): LookupPart[] {
  return target.mode === 'task'
    ? target.taskIds.map((taskId) => ({ mode: 'task', taskId }))
    : [{ mode: 'clips', ids: [...target.ids] }];
}

export function isBatch(target: LookupTarget): boolean {
  return target.mode === 'task' && target.taskIds.length > 1;
}

/** How a target reads in the lookup box. */
export function targetText(target: LookupTarget): string {
  return targetIds(target).join(', ');
}

/** The order of IDs does not change which clips a lookup shows, so it is not part of its identity. */
export function targetIdentity(provider: ProviderKind, target: LookupTarget): string {
  return `${provider}|${target.mode}|${targetIds(target).sort().join(',')}`;
}

/** A stored or received target, rebuilt from its named fields only. */
export const lookupTargetSchema = v.pipe(
  v.variant('mode', [
    // Earlier versions stored a single task as `taskId`.
    v.object({
      mode: v.literal('task'),
      taskIds: v.optional(v.array(v.unknown())),
      taskId: v.optional(v.unknown()),
    }),
    v.object({ mode: v.literal('clips'), ids: v.array(v.unknown()) }),
  ]),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    const ids = value.mode === 'clips' ? value.ids : (value.taskIds ?? [value.taskId]);
    const target = targetFromIds(value.mode, ids);
    if (target === null) {
      addIssue({ message: 'not a valid lookup' });
      return NEVER;
    }
    return target;
  }),
);

/**
 * The task a clip came from, when it was looked up by task (some timings calls name it): the
 * one task, or in a batch the task whose takes include the clip.
 */
export function taskIdOf(
  target: LookupTarget | null,
  takes: readonly (readonly string[])[] | undefined,
  clipId: string,
): string | null {
  if (target?.mode !== 'task') return null;
  if (target.taskIds.length === 1) return target.taskIds[0] ?? null;
  return target.taskIds[takes?.findIndex((ids) => ids.includes(clipId)) ?? -1] ?? null;
}
