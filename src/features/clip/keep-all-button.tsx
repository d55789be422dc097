import { useRef, useState } from 'react';
import { useKept } from '../../api/kept/kept-store';
import type { Clip } from '../../domain/clip';
import { secondaryButton } from '../../ui/button-styles';
import { JobProgress } from '../../ui/job-progress';
import type { KeepSource } from './keep-clip';
import { messageOf } from './keep-button';

interface Running {
  done: number;
  total: number;
  controller: AbortController;
}

/**
 * "Keep all" for a task or a batch: keeps each finished clip not kept yet, one at a time,
 * with how far it is and a Cancel; what could not be kept is said after, the rest stay kept.
 */
export function KeepAllButton({
  clips,
  source,
  describedBy,
}: {
  clips: readonly Clip[];
  source: KeepSource;
  describedBy?: string;
}) {
  const kept = useKept();
  const [running, setRunning] = useState<Running | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const busy = useRef(false);
  const finished = clips.filter((c) => c.status === 'complete' && c.audioUrl);
  const keptIds = new Set(kept.records.map((r) => r.clip.id));
  const allKept = finished.length > 0 && finished.every((c) => keptIds.has(c.id));

  async function start() {
    if (busy.current) return;
    busy.current = true;
    const todo = finished.filter((c) => !keptIds.has(c.id));
    const controller = new AbortController();
    const failures: string[] = [];
    setSummary(null);
    setRunning({ done: 0, total: todo.length, controller });
    const { keepClip } = await import('./keep-clip');
    for (const [index, clip] of todo.entries()) {
      if (controller.signal.aborted) break;
      await keepClip(clip, source, controller.signal).catch((e: unknown) => {
        if (!controller.signal.aborted) failures.push(messageOf(e));
      });
      setRunning({ done: index + 1, total: todo.length, controller });
    }
    busy.current = false;
    setRunning(null);
    if (controller.signal.aborted) setSummary('Stopped: the clips kept so far stay kept.');
    else if (failures.length > 0) setSummary(failures.join(' '));
  }

  if (finished.length === 0) return null;
  return (
    <div className="space-y-1">
      {running ? (
        <JobProgress
          label="Clips kept"
          done={running.done}
          total={running.total}
          text={`Keeping ${running.done} of ${running.total}`}
          onCancel={() => running.controller.abort()}
        />
      ) : (
        <button
          type="button"
          className={secondaryButton}
          aria-pressed={allKept}
          aria-describedby={describedBy}
          disabled={allKept || kept.status !== 'ready'}
          onClick={() => void start()}
        >
          {allKept ? 'All kept' : 'Keep all'}
        </button>
      )}
      {summary ? (
        <p role="status" className="max-w-prose text-xs text-zinc-700 dark:text-zinc-300">
          {summary}
        </p>
      ) : null}
    </div>
  );
}
