import { countOf, formatCreated } from '../../lib/format';
import { Link } from '../../lib/router';
import { targetText } from '../../domain/lookup-target';
import { PROVIDERS } from '../../domain/providers';
import { lookupPath } from '../../domain/routes';
import { clearRecent, removeRecent, useRecentLookups } from './recent-lookups';

/** The last lookups made on this device, newest first, each removable. */
export function RecentList() {
  const recent = useRecentLookups();
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="mx-auto max-w-2xl space-y-2 text-left">
      <div className="flex items-center justify-between">
        <h3
          id="recent-heading"
          className="text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400"
        >
          Recent lookups
        </h3>
        <button
          type="button"
          onClick={clearRecent}
          className="rounded-lg px-2 py-1 text-sm text-violet-700 hover:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/50"
        >
          Clear all
        </button>
      </div>
      <ul
        aria-label="Recent lookups"
        className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
      >
        {recent.map((entry) => {
          const name = entry.title ?? targetText(entry.lookup);
          return (
            <li
              key={`${entry.provider}:${lookupPath(entry.lookup)}`}
              className="flex items-center gap-3 p-2"
            >
              {entry.coverUrl ? (
                <img
                  src={entry.coverUrl}
                  alt=""
                  width={40}
                  height={40}
                  loading="lazy"
                  className="size-10 shrink-0 rounded-lg object-cover"
                />
              ) : (
                <div
                  aria-hidden="true"
                  className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-zinc-200 text-zinc-500 dark:bg-zinc-800"
                >
                  ♪
                </div>
              )}
              <Link to={lookupPath(entry.lookup)} className="min-w-0 flex-1 hover:underline">
                <span className="block truncate font-medium">{name}</span>
                <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">
                  {PROVIDERS[entry.provider].label} ·{' '}
                  {entry.lookup.mode === 'task'
                    ? entry.lookup.taskIds.length === 1
                      ? 'task'
                      : `batch of ${countOf(entry.lookup.taskIds.length, 'task')}`
                    : countOf(entry.lookup.ids.length, 'clip')}{' '}
                  · {formatCreated(entry.at)}
                </span>
              </Link>
              <button
                type="button"
                onClick={() => removeRecent(entry.provider, entry.lookup)}
                aria-label={`Remove ${name}`}
                className="rounded-lg px-2 py-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
