/** The gallery: the grid of clip cards, in groups. What goes in a card is composed by the page. */
export { ClipCard } from './clip-card';
export { Gallery, GallerySkeleton } from './gallery';
export type { GalleryGroup } from './gallery-rows';
export { GalleryControls } from './lazy-controls';
