import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Clip } from '../domain/clip';
import {
  applyGalleryView,
  galleryFacets,
  normalQuery,
  parseGalleryView,
  withGalleryView,
  type GalleryView,
} from '../domain/gallery-view';
import { rememberLayout, useRememberedLayout, type GalleryGroup } from '../features/gallery';
import { navigate } from '../lib/router';

/** Below this many clips a lookup shows them as they came, with no controls to learn. */
export const VIEW_CONTROLS_FROM = 6;

/**
 * The gallery as the address asks (search, filters, sort, grid or list; the layout as last
 * chosen on this device where the address names none). The cards follow a deferred copy of
 * the view, so typing stays quick while 500 cards are filtered behind it.
 */
export function useGalleryView(search: string, clips: Clip[], groups: GalleryGroup[]) {
  const view = useMemo(() => parseGalleryView(search), [search]);
  const deferred = useDeferredValue(view);
  const remembered = useRememberedLayout();
  const enabled = clips.length >= VIEW_CONTROLS_FROM;
  const facets = useMemo(() => (enabled ? galleryFacets(clips) : null), [enabled, clips]);
  // Primitives, so a keystroke that changes no match ("rain" → "rain ") keeps the same list
  // and the memoized gallery renders no card again.
  const query = normalQuery(deferred.query);
  const { status, tag, model, sort } = deferred;
  const shownGroups = useMemo(() => {
    if (!enabled) return groups;
    const filter = { query, status, tag, model, sort, layout: null };
    return groups.map((g) => ({ ...g, clips: applyGalleryView(g.clips, filter) }));
  }, [enabled, groups, query, status, tag, model, sort]);
  const shown = useMemo(() => shownGroups.reduce((n, g) => n + g.clips.length, 0), [shownGroups]);
  // The toggle follows at once, the cards a moment later; a lookup too small for the controls
  // has no toggle to come back from a list with, so it shows its cards.
  const chosenLayout = view.layout ?? remembered;
  const layout = enabled ? (deferred.layout ?? remembered) : 'grid';
  const setView = useCallback((next: GalleryView) => {
    const { pathname, search: now, hash } = window.location;
    if (next.layout) rememberLayout(next.layout);
    // In place, and where the reader is: a filter is not a new page.
    navigate(`${pathname}${withGalleryView(now, next)}${hash}`, {
      replace: true,
      keepScroll: true,
    });
  }, []);
  return {
    view,
    chosenLayout,
    facets,
    groups: shownGroups,
    shown,
    layout,
    setView,
  };
}
