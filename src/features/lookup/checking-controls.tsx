import { Alert } from '../../ui/alert';

const linkButton =
  'rounded-lg px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/50';

interface CheckingButtonProps {
  /** Checking stopped by itself (the time cap, repeated failures). */
  stopped: boolean;
  /** The person's own Stop / Resume, where the page offers it. */
  paused: { value: boolean; toggle: () => void } | null;
  onResume: () => void;
  /** Whether there is anything left to check. */
  canToggle: boolean;
}

/** "Resume checking" after checking stopped by itself, else the person's Stop / Resume. */
export function CheckingButton({ stopped, paused, onResume, canToggle }: CheckingButtonProps) {
  if (stopped && !paused?.value) {
    return (
      <button type="button" onClick={onResume} className={linkButton}>
        Resume checking
      </button>
    );
  }
  if (!paused || !canToggle) return null;
  return (
    <button type="button" onClick={paused.toggle} className={linkButton}>
      {paused.value ? 'Resume checking' : 'Stop checking'}
    </button>
  );
}

export function OfflineNotice({ offline }: { offline: boolean }) {
  return offline ? (
    <Alert tone="neutral" role="status">
      You are offline. Checking resumes by itself when the connection returns.
    </Alert>
  ) : null;
}
