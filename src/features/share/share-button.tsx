import { lazy, Suspense, useState } from 'react';
import type { Clip } from '../../api/clip';
import { secondaryButton } from '../../ui/button-styles';
import { useLookupContext } from '../lookup/lookup-context';

const ShareDialog = lazy(() => import('./share-dialog'));

export function ShareButton({ clip }: { clip: Clip }) {
  const lookup = useLookupContext();
  const [open, setOpen] = useState(false);
  if (!lookup) return null;
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShareDialog clip={clip} lookup={lookup} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
