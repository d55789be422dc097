import { lazy, memo, Suspense, type ReactNode } from 'react';
import type { Clip } from '../../domain/clip';
import type { GalleryLayout } from '../../domain/gallery-view';
import { GALLERY_GRID as GRID, galleryClass, LIFT_OPEN_MENU } from './gallery-grid';
import type { GalleryGroup } from './gallery-rows';

// Only large galleries need the virtualizer, so it loads with them.
const VirtualGallery = lazy(() => import('./virtual-gallery'));

/** Up to this many cards render plainly; beyond it only the rows near the viewport mount. */
export const VIRTUALIZE_ABOVE = 24;

interface GalleryProps {
  /** The cards, in groups (the tasks of a batch), each with its heading. */
  groups: GalleryGroup[];
  /** The page decides what a card holds (player, share, downloads): the gallery lays them out. */
  renderCard: (clip: Clip) => ReactNode;
  /** Cards in a grid, or one row per clip (the page gives its cards the same layout). */
  layout?: GalleryLayout;
}

/**
 * Memoized: a keystroke in the search box re-renders the page, and the cards should wait for
 * the filtered list (given as new groups) rather than render again per key.
 */
export const Gallery = memo(function Gallery({
  groups,
  renderCard,
  layout = 'grid',
}: GalleryProps) {
  const count = groups.reduce((n, g) => n + g.clips.length, 0);
  if (count > VIRTUALIZE_ABOVE) {
    return (
      <Suspense fallback={<GallerySkeleton count={4} />}>
        <VirtualGallery groups={groups} renderCard={renderCard} layout={layout} />
      </Suspense>
    );
  }
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <div key={group.key} className="space-y-3">
          {group.header}
          {group.clips.length > 0 ? (
            <ul aria-label="Clips" className={galleryClass(layout)}>
              {group.clips.map((clip) => (
                <li key={clip.id} className={`relative min-w-0 ${LIFT_OPEN_MENU}`}>
                  {renderCard(clip)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
});

export function GallerySkeleton({ count = 2 }: { count?: number }) {
  return (
    <div aria-hidden="true" className={GRID}>
      {Array.from({ length: count }, (_, i) => (
        <div
          key={i}
          className="space-y-3 rounded-2xl border border-zinc-200 p-3 dark:border-zinc-800"
        >
          <div className="aspect-square w-full animate-pulse rounded-xl bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-4 w-2/3 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-3 w-1/3 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        </div>
      ))}
    </div>
  );
}
