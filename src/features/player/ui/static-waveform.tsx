import { memo } from 'react';

const BARS = 96;

/** Fewer bars, each the loudest of its peaks; -1 (not heard yet) only where all of them are. */
function downsample(peaks: number[], bars: number): number[] {
  if (peaks.length <= bars) return peaks;
  const size = peaks.length / bars;
  return Array.from({ length: bars }, (_, b) => {
    let max = -1;
    for (let i = Math.floor(b * size); i < Math.floor((b + 1) * size); i += 1)
      max = Math.max(max, peaks[i] ?? -1);
    return max;
  });
}

/**
 * A cheap SVG drawing of peaks: what every card that is not playing shows, and the waveform
 * growing while audio arrives (bars not heard yet are not drawn).
 */
export const StaticWaveform = memo(function StaticWaveform({ peaks }: { peaks: number[] | null }) {
  if (!peaks) {
    return (
      <svg aria-hidden="true" viewBox="0 0 100 40" preserveAspectRatio="none" className="size-full">
        <line
          x1="0"
          y1="20"
          x2="100"
          y2="20"
          className="stroke-zinc-300 dark:stroke-zinc-700"
          strokeWidth="1.5"
        />
      </svg>
    );
  }
  const bars = downsample(peaks, BARS);
  const w = 100 / bars.length;
  return (
    <svg aria-hidden="true" viewBox="0 0 100 40" preserveAspectRatio="none" className="size-full">
      {bars.map((p, i) => {
        if (p < 0) return null;
        const h = Math.max(1, p * 38);
        return (
          <rect
            key={i}
            x={i * w + w * 0.15}
            y={20 - h / 2}
            width={w * 0.7}
            height={h}
            rx={0.3}
            fill="var(--wave-unplayed)"
          />
        );
      })}
    </svg>
  );
});
