import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Clip } from '../../api/clip';
import { player } from '../player/player-store';
import { ClipCard } from './clip-card';

/** Up to this many cards render plainly; beyond it only the rows near the viewport mount. */
export const VIRTUALIZE_ABOVE = 24;
const GRID = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4';

export function Gallery({ clips }: { clips: Clip[] }) {
  useEffect(() => {
    player.setQueue(clips);
  }, [clips]);

  if (clips.length > VIRTUALIZE_ABOVE) return <VirtualGallery clips={clips} />;
  return (
    <ul aria-label="Clips" className={GRID}>
      {clips.map((clip) => (
        <li key={clip.id} className="min-w-0">
          <ClipCard clip={clip} />
        </li>
      ))}
    </ul>
  );
}

/** Mirrors the Tailwind breakpoints of GRID, so virtual rows match the plain grid. */
function columnsFor(width: number): number {
  if (width >= 1280) return 4;
  if (width >= 1024) return 3;
  if (width >= 640) return 2;
  return 1;
}

function VirtualGallery({ clips }: { clips: Clip[] }) {
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
    overscan: 2,
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
            <ClipCard key={clip.id} clip={clip} />
          ))}
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
