import { isSettled } from '../../domain/clip';
import type { PartLookup } from '../../api/use-lookup';
import { useOffline } from '../../lib/use-offline';
import { Alert } from '../../ui/alert';
import { secondaryButton } from '../../ui/button-styles';
import { CheckingButton, OfflineNotice } from './checking-controls';

interface BatchStatusProps {
  parts: PartLookup[];
  paused: { value: boolean; toggle: () => void };
  onOpenSettings: () => void;
}

/** A task is done when its clips are, or when asking again cannot help. */
function taskState(part: PartLookup): 'done' | 'failed' | 'waiting' {
  const clips = part.result?.clips ?? [];
  if (clips.length > 0 && clips.every(isSettled)) return 'done';
  const kind = part.error?.kind;
  if (kind === 'not-found' || kind === 'unsupported' || kind === 'bad-response') return 'failed';
  return 'waiting';
}

/** The line above a batch: how many tasks are done, and what stops them all (a wrong key). */
export default function BatchStatus({ parts, paused, onOpenSettings }: BatchStatusProps) {
  const offline = useOffline();
  const states = parts.map(taskState);
  const done = states.filter((s) => s === 'done').length;
  const failed = states.filter((s) => s === 'failed').length;
  const finished = done + failed === parts.length;
  const auth = parts.find((p) => p.error?.kind === 'auth')?.error ?? null;
  const stopped = !finished && parts.every((p, i) => states[i] !== 'waiting' || p.stopped);
  return (
    <div className="space-y-2">
      <p
        aria-live="polite"
        className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300"
      >
        <span className="min-w-0 flex-1">
          {done} of {parts.length} tasks done{failed > 0 ? `, ${failed} failed` : ''}.
          {paused.value ? ' Stopped checking for updates.' : ''}
        </span>
        <CheckingButton
          stopped={stopped}
          paused={paused}
          onResume={() => parts.forEach((p) => p.resume())}
          canToggle={!finished && !auth}
        />
      </p>
      <OfflineNotice offline={offline} />
      {auth ? (
        <Alert
          tone="error"
          role="alert"
          actions={
            <button type="button" className={secondaryButton} onClick={onOpenSettings}>
              Open Settings
            </button>
          }
        >
          {auth.message} No task of the batch can be looked up until then.
        </Alert>
      ) : null}
    </div>
  );
}
