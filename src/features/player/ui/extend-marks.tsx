import type { Clip } from '../../../domain/clip';
import { formatDuration } from '../../../lib/format';
import { usePlayer } from '../engine/player-context';

/**
 * Where this clip continues from its parent ("extended from 0:48"): a mark under the waveform
 * at that moment; pressing it seeks there.
 */
export default function ExtendMarks({
  clip,
  duration,
  active,
}: {
  clip: Clip;
  duration: number;
  active: boolean;
}) {
  const player = usePlayer();
  const marks = clip.history
    .map((h) => h.continueAt)
    .filter((at): at is number => at !== null && at > 0 && (duration === 0 || at < duration));
  if (marks.length === 0 || duration === 0) return null;
  return (
    <div className="relative h-6">
      {marks.map((at) => (
        <button
          key={at}
          type="button"
          onClick={() => (active ? player.seek(at) : void player.play(clip, at))}
          style={{ left: `${(at / duration) * 100}%` }}
          className="absolute top-0 -translate-x-1/2 rounded-md border border-amber-400 bg-amber-50 px-1.5 text-[11px] whitespace-nowrap text-amber-900 hover:bg-amber-100 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          extended from {formatDuration(at)}
        </button>
      ))}
    </div>
  );
}
