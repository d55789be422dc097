import type { LookupTarget } from '../../api/providers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The lookup lives in the URL so reload, back/forward and copying the address all work. */
export function pathForTarget(target: LookupTarget): string {
  return target.mode === 'task'
    ? `/task/${encodeURIComponent(target.taskId)}`
    : `/clips/${target.ids.map(encodeURIComponent).join(',')}`;
}

/** The clip view: the same lookup (so the same cached query) narrowed to one clip. */
export function clipViewPath(target: LookupTarget, clipId: string): string {
  return `${pathForTarget(target)}/clip/${encodeURIComponent(clipId)}`;
}

/** Route params come from the address bar, so they are checked like any other input. */
export function targetFromRoute(
  mode: 'task' | 'clips',
  param: string | undefined,
): LookupTarget | null {
  if (!param) return null;
  const ids = param
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  if (ids.length === 0 || ids.length > 20 || !ids.every((id) => UUID.test(id))) return null;
  if (mode === 'task') return ids.length === 1 && ids[0] ? { mode: 'task', taskId: ids[0] } : null;
  return { mode: 'clips', ids: [...new Set(ids)] };
}

export function targetText(target: LookupTarget): string {
  return target.mode === 'task' ? target.taskId : target.ids.join(', ');
}
