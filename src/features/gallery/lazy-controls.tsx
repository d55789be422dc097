import { lazy, Suspense } from 'react';
import type { GalleryControlsProps } from './gallery-controls';

// Only galleries of many clips show the controls, so they load with them.
const Controls = lazy(() => import('./gallery-controls'));

export function GalleryControls(props: GalleryControlsProps) {
  return (
    <Suspense fallback={null}>
      <Controls {...props} />
    </Suspense>
  );
}
