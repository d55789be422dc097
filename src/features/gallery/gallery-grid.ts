import type { GalleryLayout } from '../../domain/gallery-view';

/** The gallery's responsive grid; virtual rows reuse it so both layouts match. */
export const GALLERY_GRID = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4';

/** The list: one clip a row, at any width. */
export const GALLERY_LIST = 'grid grid-cols-1 gap-2';

export function galleryClass(layout: GalleryLayout): string {
  return layout === 'list' ? GALLERY_LIST : GALLERY_GRID;
}

/** Mirrors the Tailwind breakpoints of GALLERY_GRID (sm 640, lg 1024, xl 1280). */
export function columnsFor(width: number, layout: GalleryLayout = 'grid'): number {
  if (layout === 'list') return 1;
  if (width >= 1280) return 4;
  if (width >= 1024) return 3;
  if (width >= 640) return 2;
  return 1;
}

/**
 * An open "⋯" menu reaches over the cards below it: its row is lifted above the rows after
 * it (a virtual row is a stacking context of its own, painted in order).
 */
export const LIFT_OPEN_MENU = 'has-[[data-menu-open]]:z-20';
