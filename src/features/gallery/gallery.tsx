import { lazy, Suspense, type ReactNode } from 'react';
import type { Clip } from '../../api/clip';
import { GALLERY_GRID as GRID } from './gallery-grid';

// Only large galleries need the virtualizer, so it loads with them.
const VirtualGallery = lazy(() => import('./virtual-gallery'));

/** Up to this many cards render plainly; beyond it only the rows near the viewport mount. */
export const VIRTUALIZE_ABOVE = 24;

interface GalleryProps {
  clips: Clip[];
  /** The page decides what a card holds (player, share, downloads): the gallery lays them out. */
  renderCard: (clip: Clip) => ReactNode;
}

export function Gallery({ clips, renderCard }: GalleryProps) {
  if (clips.length > VIRTUALIZE_ABOVE) {
    return (
      <Suspense fallback={<GallerySkeleton count={4} />}>
        <VirtualGallery clips={clips} renderCard={renderCard} />
      </Suspense>
    );
  }
  return (
    <ul aria-label="Clips" className={GRID}>
      {clips.map((clip) => (
        <li key={clip.id} className="min-w-0">
          {renderCard(clip)}
        </li>
      ))}
    </ul>
  );
}

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
