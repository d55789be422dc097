/** The gallery: the grid of clip cards, in groups. What goes in a card is composed by the page. */
export { ClipCard } from './clip-card';
export { Gallery, GallerySkeleton } from './gallery';
export type { GalleryGroup } from './gallery-rows';
// In the page's chunk rather than on demand: were they to arrive after a virtual gallery had
// measured where it starts, its rows would be placed by a stale offset.
export { default as GalleryControls } from './gallery-controls';
export { rememberLayout, useRememberedLayout } from './layout-preference';
