/**
 * How a clip was made from another. Older clips say it with `history` (extends) and
 * `concat_history`; newer models add `metadata.task` and a parent field per kind of edit
 * (`cover_clip_id`, `upsample_clip_id`…), and `clip_roots` credits the parent by title.
 */
import * as v from 'valibot';
import type { ClipOrigin, HistoryEntry, OriginKind } from '../../clip';
import { clipRootSchema, type ClipFields } from './raw-schemas';

/** `metadata.task` words and the kind of origin each one names. */
const TASKS: Readonly<Record<string, OriginKind>> = {
  cover: 'cover',
  remix: 'remix',
  upsample: 'upsample',
  remaster: 'remaster',
  gen_stem: 'stem',
  stem: 'stem',
  speed: 'speed',
  edit: 'edit',
  extend: 'extend',
  infill: 'infill',
  fixed_infill: 'infill',
  concat: 'concat',
};

/** Where each kind names its parent, first match wins. */
const PARENT_FIELDS: readonly [OriginKind, keyof ClipFields][] = [
  ['cover', 'cover_clip_id'],
  ['upsample', 'upsample_clip_id'],
  ['remaster', 'remaster_clip_id'],
  ['speed', 'speed_clip_id'],
  ['infill', 'override_history_clip_id'],
  ['edit', 'edited_clip_id'],
];

type Field = <K extends keyof ClipFields>(key: K) => ClipFields[K];

function id(value: string | null): string | null {
  const text = value?.trim().replace(/^m_/, '').toLowerCase() ?? '';
  return text.length > 0 ? text : null;
}

function roots(field: Field): { id: string; title: string | null }[] {
  const list = field('clip_roots')?.clips ?? [];
  const out: { id: string; title: string | null }[] = [];
  for (const item of list) {
    const parsed = v.safeParse(clipRootSchema, item);
    if (parsed.success) {
      out.push({ id: parsed.output.id.toLowerCase(), title: parsed.output.title?.trim() || null });
    }
  }
  return out;
}

function kindOf(field: Field): OriginKind | null {
  const task = field('task')?.trim().toLowerCase();
  if (task && Object.hasOwn(TASKS, task)) return TASKS[task] ?? null;
  const attribution = field('clip_roots')?.clip_attribution_type?.trim().toLowerCase();
  if (attribution && Object.hasOwn(TASKS, attribution)) return TASKS[attribution] ?? null;
  for (const [kind, key] of PARENT_FIELDS) if (id(field(key) as string | null)) return kind;
  if (attribution) return 'derived';
  return null;
}

function parentFor(kind: OriginKind, field: Field, concat: HistoryEntry[]): string | null {
  if (kind === 'concat') return concat[0]?.id ?? null;
  const own = PARENT_FIELDS.find(([k]) => k === kind);
  const fromOwn = own ? id(field(own[1]) as string | null) : null;
  if (fromOwn) return fromOwn;
  // A kind named by `task` may still keep its parent in another field (a cover's edited_clip_id).
  for (const [, key] of PARENT_FIELDS) {
    const other = id(field(key) as string | null);
    if (other) return other;
  }
  return null;
}

/** The clip's origin, or null for a plain generation (or an extend, which history covers). */
export function originOf(field: Field, concatHistory: HistoryEntry[]): ClipOrigin | null {
  const type = field('type')?.trim().toLowerCase();
  const kind = kindOf(field) ?? (type === 'concat' && concatHistory.length > 0 ? 'concat' : null);
  if (kind === null || kind === 'extend') return null;
  const credited = roots(field);
  const parentId = parentFor(kind, field, concatHistory) ?? credited[0]?.id ?? null;
  const root = credited.find((r) => r.id === parentId) ?? (parentId ? undefined : credited[0]);
  return { kind, parentId, parentTitle: root?.title ?? null };
}
