import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Clip } from '../../domain/clip';
import type { GalleryLayout } from '../../domain/gallery-view';
import { columnsFor, galleryClass, LIFT_OPEN_MENU } from './gallery-grid';
import { galleryRows, type GalleryGroup } from './gallery-rows';

/**
 * Hundreds of clips: only the rows near the viewport mount, each row a slice of the grid (or
 * a group's heading). Rows are measured after render because errors, notes and tags make cards
 * differ in height.
 */
export default function VirtualGallery({
  groups,
  renderCard,
  layout,
}: {
  groups: GalleryGroup[];
  renderCard: (clip: Clip) => ReactNode;
  layout: GalleryLayout;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [columns, setColumns] = useState(() => columnsFor(window.innerWidth, layout));
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    const update = () => {
      setColumns(columnsFor(window.innerWidth, layout));
      setOffset((list.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [layout]);

  const rows = useMemo(() => galleryRows(groups, columns), [groups, columns]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'header' ? 120 : layout === 'list' ? 96 : 560),
    getItemKey: (i) => rows[i]?.key ?? i,
    // One row each way: two cost about 20 MB more on the 100-clip scroll for no visible gain.
    overscan: 1,
    scrollMargin: offset,
  });

  return (
    <ul
      ref={list}
      aria-label="Clips"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            // Only some rows are in the page: each says where it stands among them all.
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            ref={virtualizer.measureElement}
            className={`absolute inset-x-0 top-0 ${layout === 'list' ? 'pb-2' : 'pb-4'} ${LIFT_OPEN_MENU} ${row.kind === 'cards' ? galleryClass(layout) : ''}`}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.kind === 'header'
              ? row.header
              : row.clips.map((clip) => <Fragment key={clip.id}>{renderCard(clip)}</Fragment>)}
          </li>
        );
      })}
    </ul>
  );
}
