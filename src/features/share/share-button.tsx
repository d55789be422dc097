import { lazy, Suspense, useState } from 'react';
import { MenuOutlet, useMenuItem } from '../../ui/menu-item';
import type { ShareButtonProps } from './types';

export type { ShareButtonProps };

const ShareDialog = lazy(() => import('./share-dialog'));

export function ShareButton(props: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const item = useMenuItem();
  return (
    <>
      <button type="button" {...item} onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? (
        <MenuOutlet>
          <Suspense fallback={null}>
            <ShareDialog {...props} onClose={() => setOpen(false)} />
          </Suspense>
        </MenuOutlet>
      ) : null}
    </>
  );
}
