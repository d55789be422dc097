import { useEffect, useRef } from 'react';

/**
 * The line being sung, under the waveform, in frames tall enough for it (the `tall` variant);
 * short frames keep their one row. Whether it shows is the stylesheet's call, so it is read
 * from the element at the first play rather than repeated here as a height.
 */
export function EmbedLyricLine({
  line,
  started,
  onWanted,
}: {
  line: string | null;
  started: boolean;
  onWanted?: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (started && (ref.current?.getClientRects().length ?? 0) > 0) onWanted?.();
  }, [started, onWanted]);

  return (
    <section
      ref={ref}
      aria-label="Lyrics"
      className="hidden min-h-5 text-center text-sm font-medium text-zinc-800 tall:block dark:text-zinc-200"
    >
      <p className="truncate" title={line ?? undefined}>
        {line ?? ''}
      </p>
    </section>
  );
}
