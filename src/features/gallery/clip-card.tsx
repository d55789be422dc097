import { useId, useState, type ReactNode } from 'react';
import { Link } from '../../lib/router';
import { displayTitle, type Clip } from '../../domain/clip';
import type { GalleryLayout } from '../../domain/gallery-view';
import { formatDuration } from '../../lib/format';
import { ActionMenu } from '../../ui/action-menu';
import { ArtistLine } from '../../ui/artist-line';
import { AudioNote } from '../../ui/audio-note';
import { CoverArt } from '../../ui/cover-art';
import { menuItemClass } from '../../ui/menu-item';
import { StatusBadge } from '../../ui/status-badge';
import { TagList } from '../../ui/tag-list';

/**
 * How wide a card's cover is shown, column by column (GALLERY_GRID: 1, 2, 3, 4 columns inside
 * the 80rem page with its gaps and padding; a 6rem thumbnail on a phone), so the 320 px file
 * serves every screen.
 */
const CARD_COVER_SIZES =
  '(min-width: 1280px) 300px, (min-width: 1024px) calc((100vw - 64px) / 3), (min-width: 640px) calc((100vw - 56px) / 2), 96px';
const ROW_COVER_SIZES = '48px';

interface ClipCardProps {
  clip: Clip;
  /** A card in the grid, or a row of the list. */
  layout?: GalleryLayout;
  /** "Take 2": the clip's place among its task's takes, where it has one. */
  take?: number | null;
  /** The clip a share link pointed at. */
  highlighted?: boolean;
  /** The first card on screen: its cover is the page's largest paint, so it loads first. */
  priority?: boolean;
  /** The clip's own page, when the card belongs to a lookup. */
  href?: string | null;
  /** The player (Play, Seek…), composed by the page. */
  player?: ReactNode;
  /** The actions of the "⋯" menu (compare, video, share, keep, download), composed by the page. */
  actions?: ReactNode;
  /** A short word beside the status (Kept). */
  badge?: ReactNode;
  /** The cover would not load (an expired link?): the page may fetch a fresh one. */
  onCoverFailed?: (url: string) => void;
}

/**
 * A clip at a glance: cover, title, artist and take, status, Play and the waveform; the rest
 * (share, keep, downloads, video, the clip's page) in its "⋯" menu, and its facts and lyrics
 * on its page.
 */
export function ClipCard(props: ClipCardProps) {
  const { clip, layout = 'grid', highlighted = false, priority = false, href = null } = props;
  const titleId = useId();
  // Notes and dialogs of the menu's actions land here, outside the (often closed) menu.
  const [outlet, setOutlet] = useState<HTMLDivElement | null>(null);
  const title = displayTitle(clip);
  const waiting = clip.status === 'submitted' || clip.status === 'queued';
  const list = layout === 'list';

  const heading = (
    <h3
      id={titleId}
      className={`min-w-0 font-semibold ${list ? 'truncate text-sm' : 'text-base break-words [overflow-wrap:anywhere]'}`}
    >
      {href ? (
        <Link to={href} className="hover:underline">
          {title}
        </Link>
      ) : (
        title
      )}
    </h3>
  );
  const menu = (
    <ActionMenu label={`More actions for ${title}`} outlet={outlet}>
      {href ? (
        <Link to={href} role="menuitem" tabIndex={-1} className={menuItemClass}>
          Open clip page
        </Link>
      ) : null}
      {props.actions}
    </ActionMenu>
  );
  const byline = <Byline clip={clip} take={props.take ?? null} />;
  const status = (
    <div className="flex shrink-0 flex-wrap items-center gap-1.5">
      <StatusBadge status={clip.status} rawStatus={clip.rawStatus} />
      {props.badge}
    </div>
  );
  const cover = (
    <CoverArt
      src={clip.imageUrl}
      largeSrc={clip.imageLargeUrl}
      sizes={list ? ROW_COVER_SIZES : CARD_COVER_SIZES}
      priority={priority}
      pending={!clip.imageUrl && clip.status !== 'error'}
      onFailed={props.onCoverFailed}
    />
  );
  const sound = clip.audioUrl ? (
    props.player
  ) : clip.status !== 'error' && !waiting ? (
    <AudioNote clip={clip} />
  ) : null;
  const error =
    clip.status === 'error' ? (
      <p
        role="note"
        className="rounded-lg bg-red-50 p-2 text-sm text-red-800 [overflow-wrap:anywhere] dark:bg-red-950/60 dark:text-red-200"
      >
        {clip.errorMessage ?? 'The provider reported an error for this clip.'}
      </p>
    ) : null;
  const outletBox = <div ref={setOutlet} className="empty:hidden" />;

  return (
    <article
      aria-labelledby={titleId}
      data-clip-id={clip.id}
      data-highlighted={highlighted || undefined}
      className={`flex min-w-0 flex-col rounded-2xl border bg-white shadow-sm dark:bg-zinc-900 ${list ? 'gap-2 p-2' : 'gap-3 p-3'} ${highlighted ? 'border-violet-500 ring-2 ring-violet-500' : 'border-zinc-200 has-[[data-current-clip]]:border-violet-400 has-[[data-current-clip]]:ring-1 has-[[data-current-clip]]:ring-violet-400 dark:border-zinc-800 dark:has-[[data-current-clip]]:border-violet-500'}`}
    >
      {list ? (
        // One row on a wide screen; on a phone the player takes a second line.
        <div className="grid grid-cols-[3rem_minmax(0,1fr)_auto] items-center gap-x-3 gap-y-2 sm:grid-cols-[3rem_minmax(0,14rem)_minmax(0,1fr)_auto_auto]">
          <div className="w-12">{cover}</div>
          <div className="min-w-0 space-y-0.5">
            {heading}
            {byline}
          </div>
          <div className="col-span-3 min-w-0 sm:col-span-1 sm:col-start-3 sm:row-start-1">
            {sound}
          </div>
          <div className="col-start-2 row-start-2 flex items-center gap-2 text-xs text-zinc-600 sm:col-start-4 sm:row-start-1 dark:text-zinc-400">
            <span>
              <span className="sr-only">Duration </span>
              {clip.duration !== null ? formatDuration(clip.duration) : '—'}
            </span>
            {status}
          </div>
          <div className="col-start-3 row-start-1 sm:col-start-5">{menu}</div>
        </div>
      ) : (
        <>
          {/* On a phone the cover sits beside the title, so Play comes up into the first view. */}
          <div className="grid grid-cols-[6rem_minmax(0,1fr)] items-start gap-3 sm:flex sm:flex-col">
            {cover}
            <div className="min-w-0 space-y-2 sm:w-full">
              <div className="flex min-w-0 items-start justify-between gap-2">
                {heading}
                {menu}
              </div>
              <div className="flex min-w-0 flex-wrap items-center justify-between gap-2">
                {byline}
                {status}
              </div>
            </div>
          </div>
          {sound}
          {waiting ? (
            <div aria-hidden="true" className="space-y-2">
              <div className="h-3 w-3/4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
              <div className="h-3 w-1/2 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
            </div>
          ) : null}
          {/* One line of them: what the Tag filter matched, without growing the card. */}
          <div className="max-h-6 overflow-hidden">
            <TagList tags={clip.tags} />
          </div>
        </>
      )}
      {error}
      {outletBox}
    </article>
  );
}

/** Who made it, and which take it is. */
function Byline({ clip, take }: { clip: Clip; take: number | null }) {
  if (!clip.handle && take === null) return null;
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <ArtistLine clip={clip} />
      {take !== null ? <span className="shrink-0">Take {take}</span> : null}
    </div>
  );
}
