/**
 * What a lookup asks a provider for: one task, or a list of clips. It lives in the URL, in
 * share links and in the recent-lookups list, so its parsing and identity are written here once.
 */
import * as v from 'valibot';
import { normalizeId, normalizeIdList } from './ids';
import type { ProviderKind } from './providers';

export type LookupMode = 'task' | 'clips';

export type LookupTarget = { mode: 'task'; taskId: string } | { mode: 'clips'; ids: string[] };

/** A target from a mode and raw IDs (route params, stored entries): null unless every ID is valid. */
export function targetFromIds(mode: LookupMode, rawIds: readonly unknown[]): LookupTarget | null {
  if (mode === 'task') {
    const taskId = rawIds.length === 1 ? normalizeId(rawIds[0]) : null;
    return taskId === null ? null : { mode: 'task', taskId };
  }
  const ids = normalizeIdList(rawIds);
  return ids === null ? null : { mode: 'clips', ids };
}

export function targetIds(target: LookupTarget): string[] {
  return target.mode === 'task' ? [target.taskId] : [...target.ids];
}

/** How a target reads in the lookup box. */
export function targetText(target: LookupTarget): string {
  return targetIds(target).join(', ');
}

/** Clip order does not change which clips a lookup shows, so it is not part of its identity. */
export function targetIdentity(provider: ProviderKind, target: LookupTarget): string {
  const ids = target.mode === 'task' ? [target.taskId] : [...target.ids].sort();
  return `${provider}|${target.mode}|${ids.join(',')}`;
}

/** A stored or received target, rebuilt from its named fields only. */
export const lookupTargetSchema = v.pipe(
  v.variant('mode', [
    v.object({ mode: v.literal('task'), taskId: v.string() }),
    v.object({ mode: v.literal('clips'), ids: v.array(v.unknown()) }),
  ]),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    const target = targetFromIds(value.mode, value.mode === 'task' ? [value.taskId] : value.ids);
    if (target === null) {
      addIssue({ message: 'not a valid lookup' });
      return NEVER;
    }
    return target;
  }),
);
