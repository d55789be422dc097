import { useEffect, useMemo, useState } from 'react';
import { displayTitle, type Clip, type HistoryEntry } from '../../api/clip';
import { PROVIDERS } from '../../api/providers';
import { useLookup } from '../../api/use-lookup';
import { formatCreated, formatDuration } from '../../lib/format';
import { secondaryButton } from '../../ui/button-styles';
import { Link } from '../../ui/router';
import { CoverArt } from '../gallery/cover-art';
import { StatusBadge } from '../gallery/status-badge';
import { TagList } from '../gallery/tag-list';
import { VideoButton } from '../gallery/video-button';
import { LookupContext } from '../lookup/lookup-context';
import { pathForTarget, targetFromRoute } from '../lookup/lookup-routes';
import { LookupStatus } from '../lookup/lookup-status';
import { ClipPlayer } from '../player/clip-player';
import { player } from '../player/player-store';
import { useOpenSettings } from '../settings/settings-context';
import { configFrom, useSettings } from '../settings/settings-store';
import { ShareButton } from '../share/share-button';
import { clipJson } from './clip-json';
import { DownloadMenu } from './download-menu';
import { historyKind } from './history-entry-kind';
import { parseLyrics } from './lyrics-sections';

interface ClipViewProps {
  mode: 'task' | 'clips';
  param: string;
  clipId: string;
}

/** Everything the provider says about one clip, its lineage, and its files. */
export default function ClipView({ mode, param, clipId }: ClipViewProps) {
  const settings = useSettings();
  const openSettings = useOpenSettings();
  const config = configFrom(settings);
  const target = useMemo(() => targetFromRoute(mode, param), [mode, param]);
  // The same query as the gallery: opening a clip from it costs no request.
  const lookup = useLookup(config, target);
  const clips = lookup.result?.clips;
  const clip = clips?.find((c) => c.id === clipId.toLowerCase()) ?? null;
  const context = useMemo(
    () => (target ? { provider: config.kind, target } : null),
    [target, config.kind],
  );

  useEffect(() => {
    if (clips) player.setQueue(clips);
  }, [clips]);

  if (!target || !context) {
    return (
      <p
        role="alert"
        className="rounded-xl bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/60 dark:text-red-100"
      >
        This address does not name a clip.
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <Link
        to={pathForTarget(target)}
        className="text-sm text-violet-700 hover:underline dark:text-violet-300"
      >
        ← All clips of this lookup
      </Link>
      <LookupStatus
        result={lookup.result}
        error={lookup.error}
        isFetching={lookup.isFetching}
        stall={lookup.stall}
        paused={false}
        onTogglePaused={() => undefined}
        onRetry={lookup.refetch}
        onOpenSettings={openSettings}
      />
      {clip ? (
        <LookupContext.Provider value={context}>
          <ClipDetails
            clip={clip}
            providerLabel={PROVIDERS[config.kind].label}
            supportsClipIds={PROVIDERS[config.kind].supportsClipIds}
          />
        </LookupContext.Provider>
      ) : lookup.result ? (
        <p role="alert" className="text-sm">
          This lookup has no clip with that ID.
        </p>
      ) : null}
    </div>
  );
}

function ClipDetails({
  clip,
  providerLabel,
  supportsClipIds,
}: {
  clip: Clip;
  providerLabel: string;
  supportsClipIds: boolean;
}) {
  const created = formatCreated(clip.createdAt);
  const json = clipJson(clip);
  const facts: [string, string | null][] = [
    ['Status', null],
    ['Model', clip.modelName],
    ['Version', clip.modelVersion],
    ['Duration', clip.duration !== null ? formatDuration(clip.duration) : null],
    ['Created', created],
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
    <article
      aria-labelledby="clip-title"
      data-clip-id={clip.id}
      className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
    >
      <div className="space-y-4">
        <CoverArt src={clip.imageLargeUrl ?? clip.imageUrl} pending={false} />
        <ClipPlayer clip={clip} />
        <div className="flex flex-wrap gap-2">
          <VideoButton clip={clip} />
          <ShareButton clip={clip} />
          {clip.status === 'complete' ? <DownloadMenu clip={clip} /> : null}
        </div>
      </div>
      <div className="min-w-0 space-y-5">
        <div className="space-y-2">
          <h2 id="clip-title" className="text-2xl font-bold [overflow-wrap:anywhere]">
            {displayTitle(clip)}
          </h2>
          {clip.handle ? (
            <p className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
              {clip.avatarUrl ? (
                <img
                  src={clip.avatarUrl}
                  alt=""
                  width={24}
                  height={24}
                  className="size-6 rounded-full"
                />
              ) : null}
              <span className="[overflow-wrap:anywhere]">
                {clip.displayName ? `${clip.displayName} ` : ''}@{clip.handle}
              </span>
            </p>
          ) : null}
          <TagList tags={clip.tags} />
        </div>

        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map(([label, value]) =>
            label === 'Status' ? (
              <div key={label} className="contents">
                <dt className="text-zinc-600 dark:text-zinc-400">Status</dt>
                <dd>
                  <StatusBadge status={clip.status} rawStatus={clip.rawStatus} />
                </dd>
              </div>
            ) : value ? (
              <div key={label} className="contents">
                <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
                <dd className="min-w-0 [overflow-wrap:anywhere]">{value}</dd>
              </div>
            ) : null,
          )}
        </dl>

        <TextSection id="desc-heading" heading="Description prompt" text={clip.descriptionPrompt} />
        <TextSection id="task-prompt-heading" heading="Task prompt" text={clip.taskPrompt} />

        <Lyrics text={clip.lyrics} />
        <History clip={clip} supportsClipIds={supportsClipIds} />

        <details className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
          <summary className="cursor-pointer font-semibold">Raw JSON</summary>
          <CopyButton label="Copy JSON" text={json} />
          <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-zinc-100 p-2 text-xs dark:bg-zinc-950">
            {json}
          </pre>
        </details>
      </div>
    </article>
  );
}

function TextSection({ id, heading, text }: { id: string; heading: string; text: string | null }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      <p className="text-sm whitespace-pre-line [overflow-wrap:anywhere]">{text}</p>
    </section>
  );
}

function Lyrics({ text }: { text: string | null }) {
  const sections = parseLyrics(text);
  return (
    <section aria-labelledby="lyrics-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="lyrics-heading" className="text-lg font-semibold">
          Lyrics
        </h3>
        {text ? <CopyButton label="Copy lyrics" text={text} /> : null}
      </div>
      {sections.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No lyrics (instrumental, or not given).
        </p>
      ) : (
        sections.map((section, i) => (
          <div key={i} className="space-y-0.5">
            {section.heading ? (
              <h4 className="text-sm font-semibold text-violet-700 dark:text-violet-300">
                {section.heading}
              </h4>
            ) : null}
            <p className="text-sm whitespace-pre-line [overflow-wrap:anywhere]">
              {section.lines.join('\n')}
            </p>
          </div>
        ))
      )}
    </section>
  );
}

function History({ clip, supportsClipIds }: { clip: Clip; supportsClipIds: boolean }) {
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
      to={pathForTarget({ mode: 'clips', ids: [id] })}
      className="font-mono text-xs text-violet-700 underline [overflow-wrap:anywhere] dark:text-violet-300"
    >
      {id}
    </Link>
  );
}

function CopyButton({ label, text }: { label: string; text: string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setDone('Copied.'),
            () => setDone('Copying is blocked here.'),
          );
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-xs text-zinc-600 dark:text-zinc-400">
        {done}
      </span>
    </span>
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
