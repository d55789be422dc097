import { useState } from 'react';
import { Alert } from '../ui/alert';
import { primaryButton, secondaryButton } from '../ui/button-styles';

interface UpdateNoticeProps {
  /** Switches to the waiting release and reloads the page once it is in charge. */
  onReload: () => void;
}

/**
 * A new release is installed and waiting. The page goes on as it is (the song playing keeps
 * playing) until the person chooses Reload; Later puts the notice away, and the release takes
 * over by itself once every tab of the app has closed.
 */
export function UpdateNotice({ onReload }: UpdateNoticeProps) {
  const [state, setState] = useState<'shown' | 'reloading' | 'dismissed'>('shown');
  if (state === 'dismissed') return null;
  return (
    // Above the now-playing bar, which sets its height on the page.
    <div className="fixed right-4 bottom-[calc(var(--now-playing-height,0px)+1rem)] z-40 max-w-sm shadow-lg">
      <Alert
        tone="info"
        role="status"
        actions={
          <>
            <button
              type="button"
              className={primaryButton}
              disabled={state === 'reloading'}
              onClick={() => {
                setState('reloading');
                onReload();
              }}
            >
              Reload
            </button>
            <button type="button" className={secondaryButton} onClick={() => setState('dismissed')}>
              Later
            </button>
          </>
        }
      >
        New version available.
      </Alert>
    </div>
  );
}
