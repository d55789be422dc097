import { lazy, Suspense, type ReactNode } from 'react';
import type { Clip } from '../domain/clip';
import type { PartLookup } from '../api/use-lookup';
import type { GalleryGroup } from '../features/gallery';

// Only batches have task headings.
const TaskHeader = lazy(() => import('./task-header'));

/**
 * The gallery's groups: one per task of a batch, each under its heading and status line; a
 * single task or a clip list is one group with no heading.
 */
export function lookupGroups(
  parts: PartLookup[],
  clips: Clip[],
  onOpenSettings: () => void,
  /** A task's own actions (its Download all), beside its heading, whose id they are told. */
  actionsOf?: (part: PartLookup, headingId: string) => ReactNode,
): GalleryGroup[] {
  if (parts.length <= 1) return [{ key: 'all', header: null, clips }];
  return parts.map((part, index) => ({
    key: part.part.mode === 'task' ? part.part.taskId : 'clips',
    header: (
      <Suspense fallback={null}>
        <TaskHeader
          part={part}
          index={index}
          onOpenSettings={onOpenSettings}
          actions={actionsOf ? (headingId) => actionsOf(part, headingId) : null}
        />
      </Suspense>
    ),
    clips: part.result?.clips ?? [],
  }));
}
