import { clampRetryAfter, formatWait, type ApiError } from '../../api/errors';
import { isSettled } from '../../api/clip';
import type { PollStop } from '../../api/polling-policy';
import type { UseLookupResult } from '../../api/use-lookup';
import { useOffline } from '../../lib/use-offline';
import { Alert } from '../../ui/alert';
import { secondaryButton } from '../../ui/button-styles';

interface LookupStatusProps {
  lookup: Pick<
    UseLookupResult,
    'result' | 'error' | 'retrying' | 'isFetching' | 'stall' | 'stopped' | 'refetch' | 'resume'
  >;
  /** The person stopped checking ("Stop checking"); null where the page offers no such choice. */
  paused?: { value: boolean; toggle: () => void } | null;
  onOpenSettings: () => void;
}

function stopMessage(stop: PollStop, error: ApiError | null): string {
  switch (stop.reason) {
    case 'cap':
      return `Still not finished after ${stop.minutes} min. Stopped checking.`;
    case 'video':
      return `The audio is done, but the video is still not ready after ${stop.minutes} min. Stopped checking.`;
    case 'failing':
      return `Stopped checking: the last ${stop.polls} tries failed${error ? ` (${error.message})` : ''}.`;
  }
}

const linkButton =
  'rounded-lg px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/50';

/** One line that says what the page is doing, and what went wrong when something did. */
export function LookupStatus({ lookup, paused = null, onOpenSettings }: LookupStatusProps) {
  const { result, error, retrying, isFetching, stall, stopped } = lookup;
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
          {paused?.value
            ? 'Stopped checking for updates.'
            : stopped
              ? stopMessage(stopped, error)
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
        {stopped && !paused?.value ? (
          <button type="button" onClick={lookup.resume} className={linkButton}>
            Resume checking
          </button>
        ) : paused && !done && (paused.value || clips.length > 0) ? (
          <button type="button" onClick={paused.toggle} className={linkButton}>
            {paused.value ? 'Resume checking' : 'Stop checking'}
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
      {stall && !stopped ? (
        <Alert tone="warning" role="status">
          Still {stall.status} after {stall.minutes} min. The provider may be busy; the page keeps
          checking at a slower pace{paused?.value ? '' : ' until you stop it'}.
        </Alert>
      ) : null}
      {result && result.unusableClips > 0 ? (
        <Alert tone="neutral" role="note">
          The provider also sent {result.unusableClips}{' '}
          {result.unusableClips === 1 ? 'clip whose ID is' : 'clips whose IDs are'} not a valid clip
          ID; {result.unusableClips === 1 ? 'it is' : 'they are'} not shown, since no link or share
          could be made for {result.unusableClips === 1 ? 'it' : 'them'}.
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
              <button type="button" className={secondaryButton} onClick={lookup.refetch}>
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
