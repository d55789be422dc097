import { lazy, Suspense, useState } from 'react';
import { secondaryButton } from '../../ui/button-styles';
import type { ShareButtonProps } from './types';

export type { ShareButtonProps };

const ShareDialog = lazy(() => import('./share-dialog'));

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
