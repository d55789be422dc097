/** The gallery's responsive grid; virtual rows reuse it so both layouts match. */
export const GALLERY_GRID = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4';

/** Mirrors the Tailwind breakpoints of GALLERY_GRID (sm 640, lg 1024, xl 1280). */
export function columnsFor(width: number): number {
  if (width >= 1280) return 4;
  if (width >= 1024) return 3;
  if (width >= 640) return 2;
  return 1;
}
