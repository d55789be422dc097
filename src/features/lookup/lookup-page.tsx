import { useLookup } from '../../api/use-lookup';
import { Gallery, GallerySkeleton } from '../gallery/gallery';
import { configFrom, useSettings } from '../settings/settings-store';
import { useOpenSettings } from '../settings/settings-context';
import { LookupForm } from './lookup-form';
import { pathForTarget, targetFromRoute, targetText } from './lookup-routes';
import { LookupStatus } from './lookup-status';
import { navigate } from '../../ui/router';

export function LookupPage({ mode, param }: { mode: 'task' | 'clips'; param: string }) {
  const settings = useSettings();
  const openSettings = useOpenSettings();
  const target = targetFromRoute(mode, param);
  const lookup = useLookup(configFrom(settings), target);
  const clips = lookup.result?.clips ?? [];

  return (
    <div className="space-y-6">
      <LookupForm
        key={target ? targetText(target) : 'none'}
        kind={settings.kind}
        initialText={target ? targetText(target) : param}
        onLookup={(next) => navigate(pathForTarget(next))}
      />
      {target === null ? (
        <p
          role="alert"
          className="rounded-xl bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/60 dark:text-red-100"
        >
          This address does not name a task or clip. Paste an ID above to look one up.
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold [overflow-wrap:anywhere]">
            {target.mode === 'task' ? `Task ${target.taskId}` : `Clips (${target.ids.length})`}
          </h2>
          <LookupStatus
            result={lookup.result}
            error={lookup.error}
            isFetching={lookup.isFetching}
            stall={lookup.stall}
            onRetry={lookup.refetch}
            onOpenSettings={openSettings}
          />
          {clips.length > 0 ? (
            <Gallery clips={clips} />
          ) : lookup.isPending ? (
            <GallerySkeleton />
          ) : null}
          {!lookup.isPending && !lookup.error && clips.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              The provider returned no clips for this lookup.
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}
