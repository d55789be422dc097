import { lazy } from 'react';
import type { ApiError } from '../../domain/errors';
import { isSettled } from '../../domain/clip';
import type { PollStop } from '../../api/polling-policy';
import type { UseLookupResult } from '../../api/use-lookup';
import { useOffline } from '../../lib/use-offline';
import { Alert } from '../../ui/alert';
import { LoadBoundary } from '../../ui/load-boundary';
import { CheckingButton, OfflineNotice } from './checking-controls';
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

// What is said only now and then (retries, a slow provider, offline) loads when first said.
const LookupNotices = lazy(() => import('./lookup-notices'));

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
                  ? clips.length === 1
                    ? 'The clip is done.'
                    : `All ${clips.length} clips are done.`
                  : finished === clips.length
                    ? 'All clips are done; waiting for the video…'
                    : `${finished} of ${clips.length} clips done. Checking for updates…`}
        </span>
        <CheckingButton
          stopped={Boolean(stopped)}
          paused={paused}
          onResume={lookup.resume}
          canToggle={!done && (paused?.value === true || clips.length > 0)}
        />
      </p>
      <OfflineNotice offline={offline} />
      {(retrying && !offline) || stall || (result?.unusableClips ?? 0) > 0 ? (
        <LoadBoundary what="A notice" quiet>
          <LookupNotices lookup={lookup} offline={offline} paused={paused?.value ?? false} />
        </LoadBoundary>
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
