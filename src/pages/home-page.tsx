import { lazy, Suspense } from 'react';
import { useKept } from '../api/kept/kept-store';
import { lookupPath } from '../domain/routes';
import { navigate } from '../lib/router';
import { EmptyState, LookupForm } from '../features/lookup';
import { useSettings } from '../features/settings';

// Only someone who kept clips needs the gallery on the start page.
const KeptSection = lazy(() => import('./kept-section'));

/** The start page: the paste box, the clips kept here, the demo tasks and the recent lookups. */
export default function HomePage() {
  const settings = useSettings();
  const kept = useKept();
  return (
    <div className="space-y-6">
      <LookupForm
        kind={settings.kind}
        initialText=""
        onLookup={(target) => navigate(lookupPath(target))}
      />
      {kept.records.length > 0 ? (
        <Suspense fallback={null}>
          <KeptSection />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <EmptyState kind={settings.kind} />
      </Suspense>
    </div>
  );
}
