import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import { artistName, displayTitle, type Clip } from '../../../domain/clip';
import { clipPath } from '../../../domain/routes';
import { formatDuration } from '../../../lib/format';
import { usePersisted } from '../../../lib/persisted-store';
import { Link } from '../../../lib/router';
import { autoplayNextStore } from '../engine/levels';
import { nextClip, previousClip, takeNumber } from '../engine/play-queue';
import { PauseIcon, PlayIcon } from './player-icons';
import { usePlayer } from '../engine/player-context';
import { usePlayerState } from '../engine/use-player';
import { useTabTitle } from './use-tab-title';
import type { NowPlayingExtra } from './now-playing-extra';

const control =
  'flex size-9 shrink-0 items-center justify-center rounded-full hover:bg-zinc-100 disabled:opacity-40 disabled:hover:bg-transparent dark:hover:bg-zinc-800';

/**
 * The page-wide bar for whatever is loaded, on every page: cover, title (a link to the clip's
 * page), previous / play-pause / next, a position slider and time, volume, and "Autoplay
 * next". On a phone it is one row (the song, play-pause) until "More controls" unfolds the rest.
 */
export default function NowPlayingBar({ extra }: { extra?: NowPlayingExtra | undefined }) {
  const player = usePlayer();
  const state = usePlayerState();
  const barId = useId();
  const reserveRoom = useReservedRoom();
  const [expanded, setExpanded] = useState(false);
  const clip = player.currentClip();
  useTabTitle(clip, state.playing);
  if (!state.clipId || !clip) return null;
  const hasPrevious = previousClip(state.queue, clip.id) !== null;
  const hasNext = nextClip(state.queue, clip.id) !== null;
  const inQueue = state.queue.some((c) => c.id === clip.id);
  const href = state.owner && inQueue ? clipPath(state.owner.target, clip.id) : null;
  // Folded away on a phone until asked for; always there from the `sm` width up.
  const more = expanded ? '' : 'max-sm:hidden';
  const moreId = `${barId}-more`;
  return (
    <section
      ref={reserveRoom}
      aria-label="Now playing"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-zinc-200 bg-white/95 px-3 py-2 backdrop-blur sm:px-4 dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <ClipIdentity
          clip={clip}
          href={href}
          live={state.live}
          take={takeNumber(state.queue, state.owner, clip.id)}
          resumed={state.resumed}
        />
        <div className="flex items-center gap-1">
          <button
            type="button"
            aria-label="Previous"
            title="Previous clip (P)"
            disabled={!hasPrevious}
            onClick={() => void player.previous()}
            className={`${control} ${more}`}
          >
            <StepIcon back />
          </button>
          <button
            type="button"
            onClick={() => player.toggle(clip)}
            aria-label={state.playing ? 'Pause playback' : 'Resume playback'}
            className="flex size-10 shrink-0 items-center justify-center rounded-full bg-violet-600 text-white hover:bg-violet-500"
          >
            {state.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            aria-label="Next"
            title="Next clip (N)"
            disabled={!hasNext}
            onClick={() => void player.next()}
            className={`${control} ${more}`}
          >
            <StepIcon />
          </button>
          <button
            type="button"
            aria-label="More controls"
            aria-expanded={expanded}
            aria-controls={moreId}
            onClick={() => setExpanded((open) => !open)}
            className={`${control} sm:hidden`}
          >
            <ChevronIcon up={!expanded} />
          </button>
        </div>
        <PlayerMessage notice={state.notice} error={state.error} />
        <div id={moreId} className={`contents ${more}`}>
          <Position duration={state.duration} live={state.live} />
          <Levels muted={state.muted} volume={state.volume} />
          {extra?.(clip, state.owner)}
        </div>
      </div>
    </section>
  );
}

/**
 * Tells the page how tall the bar is (`--now-playing-height`), so focus and scrolling keep
 * what they bring into view above it, whatever rows it has folded into.
 */
function useReservedRoom() {
  return useCallback((bar: HTMLElement | null) => {
    if (!bar) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--now-playing-height', `${bar.offsetHeight}px`);
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    measure();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--now-playing-height');
    };
  }, []);
}

/** What went wrong and what is being done about it; Retry asks for a fresh link anew. */
function PlayerMessage({ notice, error }: { notice: string | null; error: string | null }) {
  const player = usePlayer();
  if (notice) {
    return (
      <p role="status" className="basis-full text-zinc-600 dark:text-zinc-400">
        {notice}
      </p>
    );
  }
  if (!error) return null;
  return (
    <div role="alert" className="flex basis-full items-center gap-3 text-red-700 dark:text-red-400">
      <p>{error}</p>
      <button
        type="button"
        onClick={() => player.retry()}
        className="rounded-lg border border-current px-2 py-0.5 text-xs font-medium"
      >
        Retry
      </button>
    </div>
  );
}

function ClipIdentity({
  clip,
  href,
  live,
  take,
  resumed,
}: {
  clip: Clip;
  href: string | null;
  live: boolean;
  /** Its number among its task's takes, when the task has more than one. */
  take: number | null;
  /** Brought back after a reload: said, so the bar appearing unasked makes sense. */
  resumed: boolean;
}) {
  const title = displayTitle(clip);
  const byline = [artistName(clip), take === null ? '' : `Take ${take}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="flex min-w-0 flex-1 basis-48 items-center gap-2">
      {clip.imageUrl ? (
        <img
          src={clip.imageUrl}
          alt=""
          width={40}
          height={40}
          decoding="async"
          className="size-10 shrink-0 rounded-md object-cover"
        />
      ) : null}
      <p className="min-w-0 truncate">
        {href ? (
          <Link to={href} className="font-medium hover:underline">
            {title}
          </Link>
        ) : (
          <span className="font-medium">{title}</span>
        )}
        {live ? (
          <span className="ml-2 text-xs font-semibold text-sky-700 dark:text-sky-300">LIVE</span>
        ) : null}
        {byline || resumed ? (
          <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">
            {[byline, resumed ? 'Where you left off' : ''].filter(Boolean).join(' — ')}
          </span>
        ) : null}
      </p>
    </div>
  );
}

/** The only part that follows the clock, so each tick re-renders a slider and two numbers. */
function Position({ duration, live }: { duration: number; live: boolean }) {
  const player = usePlayer();
  // Whole seconds: the slider steps by one, so finer times would only re-render it every frame.
  const time = useSyncExternalStore(
    player.subscribeTime,
    () => Math.floor(player.currentTime()),
    () => 0,
  );
  const max = Math.max(duration, 0);
  return (
    <div className="flex min-w-0 flex-[2_1_16rem] items-center gap-2 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
      <span>{formatDuration(time)}</span>
      <input
        type="range"
        aria-label="Position"
        aria-valuetext={`${formatDuration(time)} of ${max > 0 ? formatDuration(max) : 'unknown'}`}
        min={0}
        max={max || 1}
        step={1}
        value={Math.min(time, max || 1)}
        disabled={live || max === 0}
        onChange={(e) => player.seek(Number(e.target.value))}
        className="min-w-0 flex-1 accent-violet-600"
      />
      <span>{max > 0 ? formatDuration(max) : '–:––'}</span>
    </div>
  );
}

function Levels({ muted, volume }: { muted: boolean; volume: number }) {
  const player = usePlayer();
  const volumeId = useId();
  const autoplay = usePersisted(autoplayNextStore);
  return (
    <div className="flex items-center gap-2">
      <label className="flex items-center gap-1.5 text-xs whitespace-nowrap">
        <input
          type="checkbox"
          checked={autoplay}
          onChange={(e) => autoplayNextStore.set(e.target.checked)}
          className="accent-violet-600"
        />
        Autoplay next
      </label>
      <button
        type="button"
        onClick={() => player.toggleMute()}
        aria-pressed={muted}
        className="rounded-lg px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
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
        value={muted ? 0 : volume}
        onChange={(e) => {
          if (muted) player.toggleMute();
          player.setVolume(Number(e.target.value));
        }}
        className="hidden w-20 accent-violet-600 sm:block"
      />
    </div>
  );
}

/** Skip to the next clip; `back` mirrors it for the previous one. */
function StepIcon({ back = false }: { back?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={`size-5 fill-current ${back ? 'rotate-180' : ''}`}
    >
      <path d="M6 6.5v11a1 1 0 0 0 1.5.86l8-5.5a1 1 0 0 0 0-1.72l-8-5.5A1 1 0 0 0 6 6.5Z" />
      <rect x="16.5" y="6" width="2" height="12" rx="1" />
    </svg>
  );
}

function ChevronIcon({ up }: { up: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`size-5 fill-none stroke-current stroke-2 ${up ? '' : 'rotate-180'}`}
    >
      <path d="M5 12.5 10 7.5l5 5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
