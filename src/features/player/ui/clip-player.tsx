import { lazy, Suspense, useDeferredValue, useEffect, useRef } from 'react';
import { displayTitle, isPlayable, type Clip } from '../../../domain/clip';
import { formatDuration } from '../../../lib/format';
import { useOnScreen } from '../../../lib/use-on-screen';
import { loadStreamingCode } from '../source/load-streaming-code';
import { PauseIcon, PlayIcon } from './player-icons';
import { usePlayer } from '../engine/player-context';
import { SeekSlider } from './seek-slider';
import { StaticWaveform } from './static-waveform';
import { usePeaks, type PeaksState } from '../waveform/use-peaks';
import { useClipPlayback, usePlayhead, usePlayheadPick } from '../engine/use-player';

const LiveWaveform = lazy(() => import('./live-waveform'));
// Only extends have marks: their code loads with the first one shown.
const ExtendMarks = lazy(() => import('./extend-marks'));

/** The streaming code loads while the page is idle, so the first Play does not wait for it. */
function usePreloadStreaming(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1));
    idle(() => void loadStreamingCode());
  }, []);
}

/** A card's player: Play/Pause, the waveform as a Seek slider, time and duration. */
export function ClipPlayer({ clip }: { clip: Clip }) {
  const player = usePlayer();
  const box = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(box);
  const playback = useClipPlayback(clip.id);
  const peaks = usePeaks(clip, onScreen, playback !== 'idle');
  usePreloadStreaming();
  const playable = isPlayable(clip);

  useEffect(() => {
    // Newer poll results reach the player, so a finished live stream moves to its MP3.
    if (playback !== 'idle') player.syncClip(clip);
  }, [clip, playback, player]);

  if (!playable) return null;
  const live = clip.status === 'streaming';
  const duration = clip.duration ?? (peaks.kind === 'ready' ? peaks.peaks.duration : 0);

  return (
    // The card around it is marked from CSS (`has-[[data-current-clip]]`): no card re-renders.
    <div ref={box} className="space-y-1" data-current-clip={playback !== 'idle' || undefined}>
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={() => player.toggle(clip)}
          aria-label={playback === 'playing' ? 'Pause' : 'Play'}
          title={`${playback === 'playing' ? 'Pause' : 'Play'} ${displayTitle(clip)}`}
          className="flex size-11 shrink-0 items-center justify-center rounded-full bg-violet-600 text-white hover:bg-violet-500"
        >
          {playback === 'playing' ? <PauseIcon /> : <PlayIcon />}
        </button>
        <div className="min-w-0 flex-1">
          <Playhead
            clip={clip}
            duration={duration}
            peaks={peaks}
            active={playback !== 'idle'}
            live={live}
          />
        </div>
      </div>
      {duration > 0 && clip.history.some((h) => h.continueAt) ? (
        <Suspense fallback={<div className="h-6" />}>
          <ExtendMarks clip={clip} duration={duration} active={playback !== 'idle'} />
        </Suspense>
      ) : null}
      <PlayheadTime clipId={clip.id} duration={duration} live={live} />
      {peaks.kind === 'unavailable' ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{peaks.message}</p>
      ) : null}
    </div>
  );
}

interface PlayheadProps {
  clip: Clip;
  duration: number;
  peaks: PeaksState;
  active: boolean;
  live: boolean;
}

/** Subscribes to the clock, so each tick re-renders this and nothing above it. */
function Playhead({ clip, duration, peaks, active, live }: PlayheadProps) {
  const player = usePlayer();
  const time = usePlayhead(clip.id) ?? 0;
  const ready = peaks.kind === 'ready' ? peaks.peaks : null;
  const useLive = active && ready !== null && duration > 0;
  // A growing waveform is redrawn as its audio arrives: in a render React slices and puts off
  // for input, so the card's bars do not block the page each time (two cards, every 120 ms).
  const drawn = useDeferredValue(ready?.peaks ?? (peaks.kind === 'growing' ? peaks.peaks : null));
  return (
    <SeekSlider
      duration={duration}
      time={time}
      disabled={live || duration === 0}
      showCursor={!useLive}
      onSeek={(at) => {
        if (active) player.seek(at);
        else void player.play(clip, at);
      }}
    >
      {useLive ? (
        <Suspense fallback={<StaticWaveform peaks={ready.peaks} />}>
          <LiveWaveform peaks={ready.peaks} duration={duration} />
        </Suspense>
      ) : (
        <StaticWaveform peaks={drawn} />
      )}
    </SeekSlider>
  );
}

function PlayheadTime({
  clipId,
  duration,
  live,
}: {
  clipId: string;
  duration: number;
  live: boolean;
}) {
  // Whole seconds are all it shows: it re-renders once a second, not every frame.
  const time = usePlayheadPick(clipId, (t) => (t === null ? null : Math.floor(t)));
  return (
    <p className="flex items-center justify-between text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
      <span>{formatDuration(time ?? 0)}</span>
      {live ? (
        <span className="font-semibold text-sky-700 dark:text-sky-300">
          <span
            aria-hidden="true"
            className="live-pulse mr-1 inline-block size-2 rounded-full bg-sky-500"
          />
          Live
        </span>
      ) : null}
      <span>{duration > 0 ? formatDuration(duration) : '–:––'}</span>
    </p>
  );
}
