import type { ClipStatus } from '../domain/clip';

const LABELS: Record<ClipStatus, string> = {
  submitted: 'Submitted',
  queued: 'Queued',
  streaming: 'Streaming',
  complete: 'Complete',
  error: 'Error',
  unknown: 'Unknown',
};

const TONES: Record<ClipStatus, string> = {
  submitted: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
  queued: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  streaming: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  complete: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  error: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  unknown: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
};

export function statusLabel(status: ClipStatus): string {
  return LABELS[status];
}

export function StatusBadge({ status, rawStatus }: { status: ClipStatus; rawStatus: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}
      title={status === 'unknown' ? `The provider said “${rawStatus}”` : undefined}
      data-status={status}
    >
      {status === 'streaming' ? (
        <span aria-hidden="true" className="live-pulse size-2 rounded-full bg-sky-500" />
      ) : null}
      {LABELS[status]}
    </span>
  );
}
