import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Clip } from '../../api/clip';
import { columnsFor, GALLERY_GRID as GRID } from './gallery-grid';

/**
 * Hundreds of clips: only the rows near the viewport mount, each row a slice of the grid.
 * Rows are measured after render because lyrics and errors make cards differ in height.
 */
export default function VirtualGallery({
  clips,
  renderCard,
}: {
  clips: Clip[];
  renderCard: (clip: Clip) => ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [columns, setColumns] = useState(() => columnsFor(window.innerWidth));
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    const update = () => {
      setColumns(columnsFor(window.innerWidth));
      setOffset((list.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);

  const rows = Math.ceil(clips.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => 640,
    overscan: 1,
    scrollMargin: offset,
  });

  return (
    <ul
      ref={list}
      aria-label="Clips"
      aria-rowcount={rows}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={`absolute inset-x-0 top-0 pb-4 ${GRID}`}
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {clips.slice(row.index * columns, row.index * columns + columns).map((clip) => (
            <Fragment key={clip.id}>{renderCard(clip)}</Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}
