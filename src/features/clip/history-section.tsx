import { Link } from '../../lib/router';
import type { Clip, HistoryEntry } from '../../domain/clip';
import { isId } from '../../domain/ids';
import { lookupPath } from '../../domain/routes';
import { formatDuration } from '../../lib/format';
import { historyKind } from './history-entry-kind';
import { originPhrase } from './origin-words';

/** Where a clip came from: its parent and every history and concat entry, linked when possible. */
export function HistorySection({
  clip,
  supportsClipIds,
  titleOf = () => null,
}: {
  clip: Clip;
  supportsClipIds: boolean;
  /** Another clip's title where the page knows it (a lookup of this visit). */
  titleOf?: (clipId: string) => string | null;
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
      {clip.origin ? (
        <p className="text-sm">
          {originPhrase(clip.origin.kind)}{' '}
          {clip.origin.parentId ? (
            <ClipRef
              id={clip.origin.parentId}
              title={clip.origin.parentTitle ?? titleOf(clip.origin.parentId)}
              supportsClipIds={supportsClipIds}
            />
          ) : clip.origin.parentTitle ? (
            <strong>{clip.origin.parentTitle}</strong>
          ) : (
            'a clip the provider does not name'
          )}
        </p>
      ) : clip.parentId ? (
        <p className="text-sm">
          Made from{' '}
          <ClipRef
            id={clip.parentId}
            title={titleOf(clip.parentId)}
            supportsClipIds={supportsClipIds}
          />
        </p>
      ) : null}
      {entries.length === 0 && clip.origin ? null : entries.length === 0 ? (
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
              <ClipRef id={entry.id} title={titleOf(entry.id)} supportsClipIds={supportsClipIds} />
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

interface ClipRefProps {
  id: string;
  /** The parent's title, when the provider gives it: shown instead of the bare ID. */
  title?: string | null;
  supportsClipIds: boolean;
}

/** Another clip, linked to its own lookup where the provider can look clips up by ID. */
function ClipRef({ id, title = null, supportsClipIds }: ClipRefProps) {
  const label = title ? <strong className="font-semibold">{title}</strong> : id;
  // Only a real ID makes a link: anything else the provider sent is shown as text.
  if (!supportsClipIds || !isId(id)) {
    return (
      <code
        className="text-xs [overflow-wrap:anywhere]"
        title={
          supportsClipIds
            ? 'Not a clip ID this app can open'
            : 'This provider looks up task IDs only'
        }
      >
        {label}
      </code>
    );
  }
  return (
    <Link
      to={lookupPath({ mode: 'clips', ids: [id] })}
      className={`${title ? '' : 'font-mono text-xs'} text-violet-700 underline [overflow-wrap:anywhere] dark:text-violet-300`}
    >
      {label}
    </Link>
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
