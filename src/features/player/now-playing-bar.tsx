import { useId, useSyncExternalStore } from 'react';
import { displayTitle } from '../../api/clip';
import { formatDuration } from '../../lib/format';
import { player } from './player-store';
import { usePlayerState } from './use-player';

/** The page-wide bar for whatever is loaded: resume/pause, time, volume and mute. */
export default function NowPlayingBar() {
  const state = usePlayerState();
  const volumeId = useId();
  const time = useSyncExternalStore(player.subscribeTime, player.currentTime, () => 0);
  const clip = player.currentClip();
  if (!state.clipId || !clip) return null;
  return (
    <section
      aria-label="Now playing"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-zinc-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          onClick={() => player.toggle(clip)}
          className="rounded-lg px-3 py-1.5 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          {state.playing ? 'Pause playback' : 'Resume playback'}
        </button>
        <p className="min-w-0 flex-1 truncate">
          <span className="font-medium">{displayTitle(clip)}</span>
          {state.live ? (
            <span className="ml-2 text-xs font-semibold text-sky-700 dark:text-sky-300">LIVE</span>
          ) : null}
          <span className="ml-2 text-zinc-600 tabular-nums dark:text-zinc-400">
            {formatDuration(time)} / {state.duration > 0 ? formatDuration(state.duration) : '–:––'}
          </span>
        </p>
        {state.error ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
        <button
          type="button"
          onClick={() => player.toggleMute()}
          aria-pressed={state.muted}
          className="rounded-lg px-3 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Mute
        </button>
        <label htmlFor={volumeId} className="sr-only">
          Volume
        </label>
        <input
          id={volumeId}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={state.muted ? 0 : state.volume}
          onChange={(e) => {
            if (state.muted) player.toggleMute();
            player.setVolume(Number(e.target.value));
          }}
          className="w-24 accent-violet-600"
        />
      </div>
    </section>
  );
}
