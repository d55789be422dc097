import * as v from 'valibot';
import { GALLERY_LAYOUTS, type GalleryLayout } from '../../domain/gallery-view';
import { persistedStore, usePersisted } from '../../lib/persisted-store';

/** The layout last chosen on this device: a lookup whose address names none opens in it. */
const layoutStore = persistedStore<GalleryLayout>({
  key: 'clip-viewer:gallery-layout',
  schema: v.picklist(GALLERY_LAYOUTS),
  fallback: () => 'grid',
});

export function useRememberedLayout(): GalleryLayout {
  return usePersisted(layoutStore);
}

export function rememberLayout(layout: GalleryLayout): void {
  layoutStore.set(layout);
}
