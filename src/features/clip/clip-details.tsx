import type { ReactNode } from 'react';
import { displayTitle, type Clip } from '../../domain/clip';
import { ArtistLine } from '../../ui/artist-line';
import { AudioNote } from '../../ui/audio-note';
import { CopyButton } from '../../ui/copy-button';
import { CoverArt } from '../../ui/cover-art';
import { TagList } from '../../ui/tag-list';
import { ClipFacts, ClipSummary } from './clip-facts';
import { clipJson } from './clip-json';
import { HistorySection } from './history-section';
import { LyricsSection } from './lyrics-section';
import { TextSection } from './text-section';

interface ClipDetailsProps {
  clip: Clip;
  providerLabel: string;
  /** Whether parents can be linked: only providers that look up clip IDs can open them. */
  supportsClipIds: boolean;
  /** The player, composed by the page. */
  player: ReactNode;
  /** Video, share and download buttons, composed by the page. */
  actions: ReactNode;
  /** The cover would not load (an expired link?): the page may fetch a fresh one. */
  onCoverFailed?: (url: string) => void;
  /** The lyrics following playback, composed by the page; plain lyrics when not given. */
  lyrics?: ReactNode;
  /** Another clip's title where the page knows it: lineage names parents by it. */
  titleOf?: (clipId: string) => string | null;
}

/**
 * One clip, the song first: cover, player, title, artist, lyrics; then its prompts and
 * lineage; every other fact the provider gave, and its raw JSON, in a collapsed "Details".
 */
export default function ClipDetails({
  clip,
  providerLabel,
  supportsClipIds,
  player,
  actions,
  onCoverFailed,
  lyrics,
  titleOf,
}: ClipDetailsProps) {
  const json = clipJson(clip);
  return (
    <article
      aria-labelledby="clip-title"
      data-clip-id={clip.id}
      className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
    >
      <div className="space-y-4">
        <CoverArt
          src={clip.imageLargeUrl ?? clip.imageUrl}
          pending={false}
          onFailed={onCoverFailed}
        />
        {clip.audioUrl ? player : clip.status === 'complete' ? <AudioNote clip={clip} /> : null}
        <div className="flex flex-wrap gap-2">{actions}</div>
      </div>
      <div className="min-w-0 space-y-5">
        <div className="space-y-2">
          <h2 id="clip-title" className="text-2xl font-bold [overflow-wrap:anywhere]">
            {displayTitle(clip)}
          </h2>
          <ArtistLine clip={clip} size="md" />
          <TagList tags={clip.tags} />
          <ClipSummary clip={clip} />
        </div>
        {clip.status === 'error' && (clip.errorMessage || clip.errorType) ? (
          <p role="note" className="text-sm text-red-700 dark:text-red-400">
            {clip.errorMessage ?? clip.errorType}
          </p>
        ) : null}
        {lyrics ?? <LyricsSection text={clip.lyrics} />}
        <TextSection id="desc-heading" heading="Description prompt" text={clip.descriptionPrompt} />
        {/* Many providers send the same words as both: shown once. */}
        {clip.taskPrompt?.trim() !== clip.descriptionPrompt?.trim() ? (
          <TextSection id="task-prompt-heading" heading="Task prompt" text={clip.taskPrompt} />
        ) : null}
        <HistorySection clip={clip} supportsClipIds={supportsClipIds} titleOf={titleOf} />
        <details className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
          <summary className="cursor-pointer font-semibold">Details</summary>
          <div className="mt-3 space-y-3">
            <ClipFacts clip={clip} providerLabel={providerLabel} />
            <details className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
              <summary className="cursor-pointer font-semibold">Raw JSON</summary>
              <CopyButton label="Copy JSON" text={json} />
              <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-zinc-100 p-2 text-xs dark:bg-zinc-950">
                {json}
              </pre>
            </details>
          </div>
        </details>
      </div>
    </article>
  );
}
