import { useRef, useState } from 'react';
import { useDwell } from '../lib/use-dwell';
import { useOnScreen } from '../lib/use-on-screen';

interface CoverArtProps {
  src: string | null;
  /** The same cover at 1024 px, offered to screens that show it that large. */
  largeSrc?: string | null;
  /** How wide the cover is shown, for the browser's pick between the two (`sizes`). */
  sizes?: string;
  /** The first cover on screen is the page's largest paint: fetched at once, first. */
  priority?: boolean;
  /** Still being made: shows a shimmer instead of the neutral placeholder. */
  pending: boolean;
  /** Called with the URL that failed; a fresh `src` is tried as soon as it arrives. */
  onFailed?: ((url: string) => void) | undefined;
}

/** The providers' two cover sizes: `image_…` and `image_large_…`. */
const SMALL_WIDTH = 320;
const LARGE_WIDTH = 1024;
/**
 * A cover is fetched once its card has stayed in view this long. Flinging past a hundred cards
 * then costs neither their downloads nor their decoded pixels, which the browser would keep.
 */
const DWELL_MS = 250;

/**
 * Fixed-size square so the grid never jumps when covers arrive. The browser picks the smallest
 * file that fills the shown size, and decodes off the main thread at that size.
 */
export function CoverArt({
  src,
  largeSrc,
  sizes,
  priority = false,
  pending,
  onFailed,
}: CoverArtProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const dwelled = useDwell(useOnScreen(box, '0px'), priority ? 0 : DWELL_MS);
  const [wanted, setWanted] = useState(priority);
  // Once fetched, a cover stays: scrolling back must not blank it.
  if (dwelled && !wanted) setWanted(true);
  const show = src !== null && failed !== src && (wanted || dwelled);
  const srcSet =
    largeSrc && largeSrc !== src && sizes
      ? `${src} ${SMALL_WIDTH}w, ${largeSrc} ${LARGE_WIDTH}w`
      : undefined;
  return (
    <div
      ref={box}
      className="relative aspect-square w-full overflow-hidden rounded-xl bg-zinc-200 dark:bg-zinc-800"
    >
      {show ? (
        <img
          src={src}
          srcSet={srcSet}
          sizes={srcSet ? sizes : undefined}
          alt=""
          width={SMALL_WIDTH}
          height={SMALL_WIDTH}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding="async"
          onError={() => {
            setFailed(src);
            onFailed?.(src);
          }}
          className="size-full object-cover"
        />
      ) : (
        <div
          aria-hidden="true"
          className={`flex size-full items-center justify-center text-4xl text-zinc-400 dark:text-zinc-600 ${pending ? 'animate-pulse' : ''}`}
        >
          ♪
        </div>
      )}
    </div>
  );
}
