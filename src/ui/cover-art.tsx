import { useState } from 'react';

interface CoverArtProps {
  src: string | null;
  /** Still being made: shows a shimmer instead of the neutral placeholder. */
  pending: boolean;
  /** Called with the URL that failed; a fresh `src` is tried as soon as it arrives. */
  onFailed?: ((url: string) => void) | undefined;
}

/** Fixed-size square so the grid never jumps when covers arrive. */
export function CoverArt({ src, pending, onFailed }: CoverArtProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const show = src !== null && failed !== src;
  return (
    <div className="relative aspect-square w-full overflow-hidden rounded-xl bg-zinc-200 dark:bg-zinc-800">
      {show ? (
        <img
          src={src}
          alt=""
          width={320}
          height={320}
          loading="lazy"
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
