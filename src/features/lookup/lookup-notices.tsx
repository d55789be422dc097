import { clampRetryAfter, formatWait } from '../../domain/errors';
import type { UseLookupResult } from '../../api/use-lookup';
import { Alert } from '../../ui/alert';

interface LookupNoticesProps {
  lookup: Pick<UseLookupResult, 'result' | 'retrying' | 'stall' | 'stopped'>;
  /** Offline, a retry is not worth a word: the offline notice says it all. */
  offline: boolean;
  /** The person stopped checking. */
  paused: boolean;
}

/** The lookup's passing troubles: a retry, a slow provider, clips left out. */
export default function LookupNotices({ lookup, offline, paused }: LookupNoticesProps) {
  const { result, retrying, stall, stopped } = lookup;
  return (
    <>
      {retrying && !offline ? (
        <Alert tone="warning" role="status">
          {retrying.message}{' '}
          {retrying.kind === 'rate-limited' && retrying.retryAfterMs !== null
            ? `Waiting ${formatWait(clampRetryAfter(retrying.retryAfterMs))} as asked, then trying again.`
            : 'Trying again shortly.'}
        </Alert>
      ) : null}
      {stall && !stopped ? (
        <Alert tone="warning" role="status">
          Still {stall.status} after {stall.minutes} min. The provider may be busy; the page keeps
          checking at a slower pace{paused ? '' : ' until you stop it'}.
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
    </>
  );
}
