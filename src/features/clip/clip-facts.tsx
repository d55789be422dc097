import type { Clip } from '../../domain/clip';
import { modelLabel } from '../../domain/suno-models';
import { formatCreated, formatDuration } from '../../lib/format';
import { StatusBadge } from '../../ui/status-badge';

/**
 * Every fact the provider gave about a clip, as a definition list; unknown ones are left out.
 * Its status is in the summary under the title.
 */
export function ClipFacts({ clip, providerLabel }: { clip: Clip; providerLabel: string }) {
  const model = modelLabel(clip.modelName, clip.modelVersion);
  const facts: [string, string | null][] = [
    ['Model', model],
    // The provider's own words, where they say more than the label.
    ['Model name', clip.modelName && clip.modelName !== model ? clip.modelName : null],
    ['Duration', clip.duration !== null ? formatDuration(clip.duration) : null],
    ['Created', formatCreated(clip.createdAt)],
    ['Plays', clip.playCount !== null ? String(clip.playCount) : null],
    ['Upvotes', clip.upvoteCount !== null ? String(clip.upvoteCount) : null],
    ['Visibility', clip.isPublic === null ? null : clip.isPublic ? 'Public' : 'Private'],
    ['Vocals', clip.hasVocal === null ? null : clip.hasVocal ? 'Vocal' : 'Instrumental'],
    ['Type', clip.clipType],
    ['Provider', providerLabel],
    ['Clip ID', clip.id],
    ['Error type', clip.errorType],
    ['Error message', clip.errorMessage],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {facts.map(([label, value]) =>
        value ? (
          <div key={label} className="contents">
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="min-w-0 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** The few facts read at a glance under the title: status, duration, model, date. */
export function ClipSummary({ clip }: { clip: Clip }) {
  const parts = [
    clip.duration !== null ? formatDuration(clip.duration) : null,
    modelLabel(clip.modelName, clip.modelVersion),
    formatCreated(clip.createdAt),
  ].filter((part): part is string => Boolean(part));
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
      <StatusBadge status={clip.status} rawStatus={clip.rawStatus} />
      {parts.length > 0 ? <span>{parts.join(' · ')}</span> : null}
    </p>
  );
}
