import { isSettled } from '../../api/clip';
import type { PartLookup } from '../../api/use-lookup';
import { useOffline } from '../../lib/use-offline';
import { Alert } from '../../ui/alert';
import { secondaryButton } from '../../ui/button-styles';

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

const linkButton =
  'rounded-lg px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/50';

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
        {stopped && !paused.value ? (
          <button
            type="button"
            onClick={() => parts.forEach((p) => p.resume())}
            className={linkButton}
          >
            Resume checking
          </button>
        ) : !finished && !auth ? (
          <button type="button" onClick={paused.toggle} className={linkButton}>
            {paused.value ? 'Resume checking' : 'Stop checking'}
          </button>
        ) : null}
      </p>
      {offline ? (
        <Alert tone="neutral" role="status">
          You are offline. Checking resumes by itself when the connection returns.
        </Alert>
      ) : null}
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
