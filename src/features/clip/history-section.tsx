import { Link } from '../../lib/router';
import type { Clip, HistoryEntry } from '../../api/clip';
import { lookupPath } from '../../domain/routes';
import { formatDuration } from '../../lib/format';
import { historyKind } from './history-entry-kind';

/** Where a clip came from: its parent and every history and concat entry, linked when possible. */
export function HistorySection({
  clip,
  supportsClipIds,
}: {
  clip: Clip;
  supportsClipIds: boolean;
}) {
  const entries: { entry: HistoryEntry; concat: boolean }[] = [
    ...clip.history.map((entry) => ({ entry, concat: false })),
    ...clip.concatHistory.map((entry) => ({ entry, concat: true })),
  ];
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h3 id="history-heading" className="text-lg font-semibold">
        History
      </h3>
      {clip.parentId ? (
        <p className="text-sm">
          Made from <ClipRef id={clip.parentId} supportsClipIds={supportsClipIds} />
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {clip.clipType === 'upload'
            ? 'An uploaded clip.'
            : 'A new generation with no earlier clips.'}
        </p>
      ) : (
        <ol className="space-y-1 text-sm">
          {entries.map(({ entry, concat }, i) => (
            <li key={`${entry.id}-${i}`} className="rounded-lg bg-zinc-100 p-2 dark:bg-zinc-800/60">
              <span className="font-medium">{capitalize(historyKind(entry, concat))}</span> of{' '}
              <ClipRef id={entry.id} supportsClipIds={supportsClipIds} />
              {entry.source ? (
                <span className="text-zinc-600 dark:text-zinc-400"> · source {entry.source}</span>
              ) : null}
              {entry.continueAt !== null ? (
                <span className="text-zinc-600 dark:text-zinc-400">
                  {' '}
                  · continues at {formatDuration(entry.continueAt)}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ClipRef({ id, supportsClipIds }: { id: string; supportsClipIds: boolean }) {
  if (!supportsClipIds) {
    return (
      <code
        className="text-xs [overflow-wrap:anywhere]"
        title="This provider looks up task IDs only"
      >
        {id}
      </code>
    );
  }
  return (
    <Link
      to={lookupPath({ mode: 'clips', ids: [id] })}
      className="font-mono text-xs text-violet-700 underline [overflow-wrap:anywhere] dark:text-violet-300"
    >
      {id}
    </Link>
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
