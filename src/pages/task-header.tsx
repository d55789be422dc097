import type { ReactNode } from 'react';
import type { PartLookup } from '../api/use-lookup';
import { taskName } from '../domain/clip';
import { LookupStatus } from '../features/lookup';

/** "Task 3: a glowing synth-pop song about…", or its first title, or its ID until known. */
function taskTitle(part: PartLookup, index: number): string {
  const id = part.part.mode === 'task' ? `${part.part.taskId.slice(0, 8)}…` : 'clips';
  return `Task ${index + 1}: ${taskName(part.result?.clips ?? []) ?? id}`;
}

/** A task of a batch: its name (the prompt, shortened) and its own status line. */
export default function TaskHeader({
  part,
  index,
  onOpenSettings,
  actions = null,
}: {
  part: PartLookup;
  index: number;
  onOpenSettings: () => void;
  /** What can be done with the task's clips as a whole (Download all), told its heading's id. */
  actions?: ((headingId: string) => ReactNode) | null;
}) {
  const id = part.part.mode === 'task' ? `task-${part.part.taskId}` : 'clips';
  // A wrong key is said once, above the batch; each task says only what is its own.
  const own = part.error?.kind === 'auth' ? { ...part, error: null } : part;
  return (
    <section
      aria-labelledby={id}
      className="space-y-1 border-t border-zinc-200 pt-4 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={id} className="font-semibold [overflow-wrap:anywhere]">
          {taskTitle(part, index)}
        </h3>
        {actions?.(id)}
      </div>
      <LookupStatus lookup={own} onOpenSettings={onOpenSettings} />
    </section>
  );
}
