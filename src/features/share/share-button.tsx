import { lazy, Suspense, useState } from 'react';
import type { Clip } from '../../api/clip';
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';
import { secondaryButton } from '../../ui/button-styles';

const ShareDialog = lazy(() => import('./share-dialog'));

export interface ShareButtonProps {
  clip: Clip;
  /** The provider and lookup that show this clip: what the link must name. */
  provider: ProviderKind;
  target: LookupTarget;
  /** Seconds into this clip right now (asked when the dialog opens). */
  currentTime: () => number;
}

export function ShareButton(props: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShareDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
