import type { Clip } from '../../domain/clip';
import type { ReactNode } from 'react';

/** A run of cards under one heading: a task of a batch (or, alone, the whole lookup). */
export interface GalleryGroup {
  key: string;
  /** Shown above the group's cards; null for a lookup of one part. */
  header: ReactNode;
  clips: Clip[];
}

export type GalleryRow =
  | { kind: 'header'; key: string; header: ReactNode }
  | { kind: 'cards'; key: string; clips: Clip[] };

/** The groups as rows of a grid `columns` wide, each group's header on a row of its own. */
export function galleryRows(groups: readonly GalleryGroup[], columns: number): GalleryRow[] {
  const rows: GalleryRow[] = [];
  for (const group of groups) {
    if (group.header !== null)
      rows.push({ kind: 'header', key: `h:${group.key}`, header: group.header });
    for (let i = 0; i < group.clips.length; i += columns) {
      rows.push({
        kind: 'cards',
        key: `c:${group.key}:${i}`,
        clips: group.clips.slice(i, i + columns),
      });
    }
  }
  return rows;
}
