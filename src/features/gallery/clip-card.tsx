import { useId, useState, type ReactNode } from 'react';
import { Link } from '../../lib/router';
import { displayTitle, type Clip } from '../../domain/clip';
import { modelLabel } from '../../domain/suno-models';
import { firstLines, formatCreated, formatDuration } from '../../lib/format';
import { ArtistLine } from '../../ui/artist-line';
import { AudioNote } from '../../ui/audio-note';
import { CoverArt } from '../../ui/cover-art';
import { StatusBadge } from '../../ui/status-badge';
import { TagList } from '../../ui/tag-list';

const PREVIEW_LINES = 4;

/**
 * How wide a card's cover is shown, column by column (GALLERY_GRID: 1, 2, 3, 4 columns inside
 * the 80rem page with its gaps and padding; a 6rem thumbnail on a phone), so the 320 px file
 * serves every screen.
 */
const CARD_COVER_SIZES =
  '(min-width: 1280px) 300px, (min-width: 1024px) calc((100vw - 64px) / 3), (min-width: 640px) calc((100vw - 56px) / 2), 96px';

interface ClipCardProps {
  clip: Clip;
  /** The clip a share link pointed at. */
  highlighted?: boolean;
  /** The first card on screen: its cover is the page's largest paint, so it loads first. */
  priority?: boolean;
  /** The clip's own page, when the card belongs to a lookup. */
  href?: string | null;
  /** The player (Play, Seek…), composed by the page. */
  player?: ReactNode;
  /** The buttons at the foot of the card (compare, video, share, download). */
  actions?: ReactNode;
  /** The cover would not load (an expired link?): the page may fetch a fresh one. */
  onCoverFailed?: (url: string) => void;
}

export function ClipCard({
  clip,
  highlighted = false,
  priority = false,
  href = null,
  player,
  actions,
  onCoverFailed,
}: ClipCardProps) {
  const titleId = useId();
  const lyricsId = useId();
  const [showLyrics, setShowLyrics] = useState(false);
  const waiting = clip.status === 'submitted' || clip.status === 'queued';
  const preview = firstLines(clip.lyrics, PREVIEW_LINES);
  const created = formatCreated(clip.createdAt);
  const model = modelLabel(clip.modelName, clip.modelVersion);

  return (
    <article
      aria-labelledby={titleId}
      data-clip-id={clip.id}
      data-highlighted={highlighted || undefined}
      className={`flex min-w-0 flex-col gap-3 rounded-2xl border bg-white p-3 shadow-sm dark:bg-zinc-900 ${highlighted ? 'border-violet-500 ring-2 ring-violet-500' : 'border-zinc-200 has-[[data-current-clip]]:border-violet-400 has-[[data-current-clip]]:ring-1 has-[[data-current-clip]]:ring-violet-400 dark:border-zinc-800 dark:has-[[data-current-clip]]:border-violet-500'}`}
    >
      {/* On a phone the cover sits beside the title, so Play comes up into the first view. */}
      <div className="grid grid-cols-[6rem_minmax(0,1fr)] items-start gap-3 sm:flex sm:flex-col">
        <CoverArt
          src={clip.imageUrl}
          largeSrc={clip.imageLargeUrl}
          sizes={CARD_COVER_SIZES}
          priority={priority}
          pending={!clip.imageUrl && clip.status !== 'error'}
          onFailed={onCoverFailed}
        />
        <div className="min-w-0 space-y-2 sm:w-full">
          <div className="flex min-w-0 flex-wrap items-start justify-between gap-2 sm:flex-nowrap">
            <h3
              id={titleId}
              className="min-w-0 text-base font-semibold break-words [overflow-wrap:anywhere]"
            >
              {href ? (
                <Link to={href} className="hover:underline">
                  {displayTitle(clip)}
                </Link>
              ) : (
                displayTitle(clip)
              )}
            </h3>
            <StatusBadge status={clip.status} rawStatus={clip.rawStatus} />
          </div>
          <ArtistLine clip={clip} />
        </div>
      </div>
      {clip.audioUrl ? (
        player
      ) : clip.status !== 'error' && !waiting ? (
        <AudioNote clip={clip} />
      ) : null}

      {waiting ? (
        <div aria-hidden="true" className="space-y-2">
          <div className="h-3 w-3/4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-3 w-1/2 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        </div>
      ) : null}

      <TagList tags={clip.tags} />

      {/* One line: the names are there for screen readers; a glance needs only the values. */}
      <dl className="flex flex-wrap gap-x-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        <Fact label="Duration" first>
          {clip.duration !== null ? formatDuration(clip.duration) : '—'}
        </Fact>
        {model ? <Fact label="Model">{model}</Fact> : null}
        {created ? (
          <Fact label="Created">
            <time dateTime={clip.createdAt ?? undefined}>{created}</time>
          </Fact>
        ) : null}
      </dl>

      {clip.status === 'error' ? (
        <p
          role="note"
          className="rounded-lg bg-red-50 p-2 text-sm text-red-800 [overflow-wrap:anywhere] dark:bg-red-950/60 dark:text-red-200"
        >
          {clip.errorMessage ?? 'The provider reported an error for this clip.'}
        </p>
      ) : null}

      {preview.length > 0 ? (
        <div className="text-sm">
          {showLyrics ? (
            <p
              id={lyricsId}
              className="max-h-64 overflow-y-auto whitespace-pre-line [overflow-wrap:anywhere]"
            >
              {clip.lyrics}
            </p>
          ) : (
            <p
              id={lyricsId}
              className="line-clamp-4 whitespace-pre-line text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300"
            >
              {preview.join('\n')}
            </p>
          )}
          <button
            type="button"
            aria-expanded={showLyrics}
            aria-controls={lyricsId}
            onClick={() => setShowLyrics((v) => !v)}
            className="mt-1 text-sm font-medium text-violet-700 hover:underline dark:text-violet-300"
          >
            {showLyrics ? 'Hide lyrics' : 'Show lyrics'}
          </button>
        </div>
      ) : null}

      {actions ? <div className="mt-auto flex flex-wrap gap-2">{actions}</div> : null}
    </article>
  );
}

function Fact({
  label,
  first = false,
  children,
}: {
  label: string;
  first?: boolean;
  children: ReactNode;
}) {
  // The separator is drawn by CSS: a dl's groups may hold only their dt and dd.
  const dot = first ? '' : "before:mr-1.5 before:content-['·']";
  return (
    <div className="min-w-0">
      <dt className="sr-only">{label}</dt>
      <dd className={`min-w-0 truncate ${dot}`}>{children}</dd>
    </div>
  );
}
