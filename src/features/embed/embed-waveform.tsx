import { memo } from 'react';

interface EmbedWaveformProps {
  peaks: number[] | null;
  /** 0..1 of the clip played. */
  progress: number;
}

/** The bars from `from` up to `to` as one path, in a 100 × 40 box: two elements in all. */
function barsPath(peaks: number[], from: number, to: number): string {
  const step = 100 / peaks.length;
  const width = (step * 0.7).toFixed(3);
  let path = '';
  for (let i = from; i < to; i += 1) {
    const height = Math.max(1.5, (peaks[i] ?? 0) * 38);
    const left = (i * step + step * 0.15).toFixed(3);
    path += `M${left} ${(20 - height / 2).toFixed(2)}h${width}v${height.toFixed(2)}h-${width}z`;
  }
  return path;
}

/** The waveform, played part in colour; a plain progress bar until peaks are known. */
export const EmbedWaveform = memo(function EmbedWaveform({ peaks, progress }: EmbedWaveformProps) {
  const played = Math.min(1, Math.max(0, progress));
  const split = peaks ? Math.round(played * peaks.length) : 0;
  return (
    <svg aria-hidden="true" viewBox="0 0 100 40" preserveAspectRatio="none" className="size-full">
      {peaks ? (
        <>
          <path d={barsPath(peaks, 0, split)} fill="var(--wave-played)" />
          <path d={barsPath(peaks, split, peaks.length)} fill="var(--wave-unplayed)" />
        </>
      ) : (
        <>
          <rect y="18" width="100" height="4" rx="2" className="fill-zinc-300 dark:fill-zinc-700" />
          <rect y="18" width={played * 100} height="4" rx="2" fill="var(--wave-played)" />
        </>
      )}
    </svg>
  );
});
