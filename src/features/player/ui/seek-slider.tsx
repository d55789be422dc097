import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { formatDuration } from '../../../lib/format';

interface SeekSliderProps {
  /** Seconds, or 0 when not known yet. */
  duration: number;
  time: number;
  disabled: boolean;
  onSeek: (seconds: number) => void;
  /** wavesurfer draws its own cursor; the static drawing needs ours. */
  showCursor: boolean;
  children: ReactNode;
}

const STEP = 5;

/**
 * The waveform as a slider: aria-valuenow in seconds, arrows ±5 s, Home/End, PageUp/Down
 * ±10 s, and click or drag anywhere on it to seek.
 */
export function SeekSlider({
  duration,
  time,
  disabled,
  onSeek,
  showCursor,
  children,
}: SeekSliderProps) {
  const ref = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const max = Math.max(0, duration);
  const now = Math.min(Math.max(0, time), max || time);

  function timeAt(clientX: number): number {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || max === 0) return 0;
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return fraction * max;
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (disabled || e.button !== 0) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    onSeek(timeAt(e.clientX));
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (dragging.current) onSeek(timeAt(e.clientX));
  }

  function onPointerUp(e: PointerEvent<HTMLDivElement>) {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (disabled) return;
    const moves: Record<string, number> = {
      ArrowLeft: now - STEP,
      ArrowDown: now - STEP,
      ArrowRight: now + STEP,
      ArrowUp: now + STEP,
      PageDown: now - 10,
      PageUp: now + 10,
      Home: 0,
      End: max,
    };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    // Keys here belong to this slider, not to the page-wide shortcuts.
    e.stopPropagation();
    onSeek(Math.min(max || target, Math.max(0, target)));
  }

  return (
    <div
      ref={ref}
      role="slider"
      aria-label="Seek"
      aria-valuemin={0}
      aria-valuemax={Math.round(max)}
      aria-valuenow={Math.round(now)}
      aria-valuetext={`${formatDuration(now)} of ${formatDuration(max)}`}
      aria-disabled={disabled || undefined}
      tabIndex={disabled ? -1 : 0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      className={`relative h-14 w-full touch-none rounded-lg select-none ${disabled ? 'cursor-default opacity-60' : 'cursor-pointer'}`}
    >
      {children}
      {showCursor && max > 0 ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 w-0.5 bg-zinc-900/70 dark:bg-white/80"
          style={{ left: `${(now / max) * 100}%` }}
        />
      ) : null}
    </div>
  );
}
