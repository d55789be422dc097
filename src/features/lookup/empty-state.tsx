import { Link } from '../../lib/router';
import { isSimulated, PROVIDERS, type ProviderKind } from '../../domain/providers';
import { lookupPath } from '../../domain/routes';
import { DEMO_TASK_LINKS } from '../../domain/demo-tasks';
import { RecentList } from './recent-list';

export default function EmptyState({ kind }: { kind: ProviderKind }) {
  return (
    <section
      aria-labelledby="empty-heading"
      className="mx-auto max-w-2xl space-y-4 py-8 text-center"
    >
      <h2 id="empty-heading" className="text-2xl font-semibold">
        Watch your clips come to life
      </h2>
      <p className="text-zinc-700 dark:text-zinc-300">
        Paste a Suno generation task ID, one or more clip IDs, or a suno.com song link. The page
        follows the clips until they are done, then you can play, watch and share them.
      </p>
      {isSimulated(kind) ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
            Try a demo task
          </h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {DEMO_TASK_LINKS.map((task) => (
              <li key={task.id}>
                <Link
                  to={lookupPath({ mode: 'task', taskIds: [task.id] })}
                  className="block h-full rounded-xl border border-zinc-200 p-3 text-left hover:border-violet-400 hover:bg-violet-50 dark:border-zinc-800 dark:hover:bg-violet-950/40"
                >
                  <span className="block font-medium">{task.name}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {task.note}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Looking up with {PROVIDERS[kind].label}. Switch to the demo simulator in Settings to try
          the app with no key.
        </p>
      )}
      <RecentList />
    </section>
  );
}
