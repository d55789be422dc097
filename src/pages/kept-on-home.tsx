/**
 * Whether the start page shows kept clips: the kept list's code loads after the page, not with
 * it, and the gallery of them only when there are any.
 */
import { lazy, Suspense } from 'react';
import { useKept } from '../api/kept/kept-store';

const KeptSection = lazy(() => import('./kept-section'));

export default function KeptOnHome() {
  const count = useKept((state) => state.records.length);
  return count > 0 ? (
    <Suspense fallback={null}>
      <KeptSection />
    </Suspense>
  ) : null;
}
