import { clampRetryAfter, formatWait, type ApiError } from '../../api/client';
import type { LookupResult } from '../../api/clip';
import { isSettled } from '../../api/clip';
import type { StallInfo } from '../../api/queries';
import { useOffline } from '../../lib/use-offline';
import { Alert } from '../../ui/alert';
import { secondaryButton } from '../../ui/button-styles';

interface LookupStatusProps {
  result: LookupResult | undefined;
  error: ApiError | null;
  retrying?: ApiError | null;
  isFetching: boolean;
  stall: StallInfo;
  paused: boolean;
  onTogglePaused: () => void;
  onRetry: () => void;
  onOpenSettings: () => void;
}

/** One line that says what the page is doing, and what went wrong when something did. */
export function LookupStatus({
  result,
  error,
  retrying = null,
  isFetching,
  stall,
  paused,
  onTogglePaused,
  onRetry,
  onOpenSettings,
}: LookupStatusProps) {
  const clips = result?.clips ?? [];
  const done = clips.length > 0 && clips.every(isSettled);
  const offline = useOffline();
  const finished = clips.filter((c) => c.status === 'complete' || c.status === 'error').length;

  return (
    <div className="space-y-2">
      <p
        aria-live="polite"
        className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300"
      >
        {isFetching && !done ? (
          <span aria-hidden="true" className="live-pulse size-2 rounded-full bg-violet-500" />
        ) : null}
        <span className="min-w-0 flex-1">
          {paused
            ? 'Stopped checking for updates.'
            : clips.length === 0
              ? error
                ? null
                : 'Looking up…'
              : done
                ? `All ${clips.length} clips are done.`
                : finished === clips.length
                  ? 'All clips are done; waiting for the video…'
                  : `${finished} of ${clips.length} clips done. Checking for updates…`}
        </span>
        {!done && (paused || clips.length > 0) ? (
          <button
            type="button"
            onClick={onTogglePaused}
            className="rounded-lg px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/50"
          >
            {paused ? 'Resume checking' : 'Stop checking'}
          </button>
        ) : null}
      </p>
      {retrying && !offline ? (
        <Alert tone="warning" role="status">
          {retrying.message}{' '}
          {retrying.kind === 'rate-limited' && retrying.retryAfterMs !== null
            ? `Waiting ${formatWait(clampRetryAfter(retrying.retryAfterMs))} as asked, then trying again.`
            : 'Trying again shortly.'}
        </Alert>
      ) : null}
      {offline ? (
        <Alert tone="neutral" role="status">
          You are offline. Checking resumes by itself when the connection returns.
        </Alert>
      ) : null}
      {stall ? (
        <Alert tone="warning" role="status">
          Still {stall.status} after {stall.minutes} min. The provider may be busy; the page keeps
          checking at a slower pace{paused ? '' : ' until you stop it'}.
        </Alert>
      ) : null}
      {error ? (
        <Alert
          tone="error"
          role="alert"
          actions={
            error.kind === 'auth' || error.kind === 'unsupported' ? (
              <button type="button" className={secondaryButton} onClick={onOpenSettings}>
                Open Settings
              </button>
            ) : (
              <button type="button" className={secondaryButton} onClick={onRetry}>
                Retry
              </button>
            )
          }
        >
          {error.message}
          {clips.length > 0 ? ' The clips below are from the last good answer.' : ''}
        </Alert>
      ) : null}
    </div>
  );
}
