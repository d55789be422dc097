import { lazy, Suspense } from 'react';
import { lookupPath } from '../domain/routes';
import { navigate } from '../lib/router';
import { EmptyState, LookupForm } from '../features/lookup';
import { useSettings } from '../features/settings';

// The clips kept on this device: their store's code stays out of the first load.
const KeptOnHome = lazy(() => import('./kept-on-home'));

/** The start page: the paste box, the clips kept here, the demo tasks and the recent lookups. */
export default function HomePage() {
  const settings = useSettings();
  return (
    <div className="space-y-6">
      <LookupForm
        kind={settings.kind}
        initialText=""
        onLookup={(target) => navigate(lookupPath(target))}
      />
      <Suspense fallback={null}>
        <KeptOnHome />
      </Suspense>
      <Suspense fallback={null}>
        <EmptyState kind={settings.kind} />
      </Suspense>
    </div>
  );
}
