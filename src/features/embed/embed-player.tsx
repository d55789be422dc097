import type { ReactNode } from 'react';
import { EmbedLyricLine } from './embed-lyric-line';
import { displayTitle, finalAudioUrl, isPlayable, type Clip } from '../../domain/clip';
import { formatDuration } from '../../lib/format';
import { ArtistLine } from '../../ui/artist-line';
import { CoverArt } from '../../ui/cover-art';
import { StatusBadge } from '../../ui/status-badge';
import { EmbedWaveform } from './embed-waveform';
import { useEmbedPeaks } from './use-embed-peaks';
import { useMedia } from './use-media';

export interface EmbedPlayerProps {
  clip: Clip;
  /** Seconds to start from: a share link's moment. */
  start: number;
  /** The clip's full page in the app, opened in a new tab. */
  pageUrl: string;
  /** Said under the controls: where the clip plays from, or why it cannot. */
  notice?: ReactNode;
  /** The line sung at a moment, once the provider's timings are in. */
  lineAt?: ((seconds: number) => string | null) | null;
  /** Called once playback starts in a frame tall enough to show a lyrics line. */
  onLyricsWanted?: () => void;
}

/**
 * The compact player other sites embed: cover, title, artist, play/pause, the waveform as a
 * Seek slider, time, and a link to the full page. It fills its frame from 300 px wide.
 */
export function EmbedPlayer({
  clip,
  start,
  pageUrl,
  notice,
  lineAt = null,
  onLyricsWanted,
}: EmbedPlayerProps) {
  const playable = isPlayable(clip);
  const { ref, state, toggle, seek } = useMedia(clip.audioUrl, start, clip.duration);
  const peaks = useEmbedPeaks(clip.id, finalAudioUrl(clip), state.started);
  const duration = state.duration || clip.duration || 0;
  const title = displayTitle(clip);
  const action = state.playing ? 'Pause' : 'Play';

  return (
    // Tall frames (a phone-sized iframe) give the cover the room; short ones a row.
    <article
      aria-label={title}
      data-clip-id={clip.id}
      className="flex h-full min-w-0 flex-col gap-2 overflow-hidden p-3 tall:gap-3"
    >
      <div className="flex min-h-0 flex-1 items-center gap-3 tall:flex-col tall:items-stretch tall:justify-center">
        {/* In a tall frame the cover takes what the text and controls leave (about 11rem). */}
        <div className="w-16 shrink-0 tall:mx-auto tall:w-[min(100%,calc(100dvh-11rem))]">
          <CoverArt src={clip.imageLargeUrl ?? clip.imageUrl} pending={false} />
        </div>
        <div className="min-w-0 flex-1 space-y-0.5">
          <h1 className="flex min-w-0 items-center gap-2 text-base font-semibold">
            <a
              href={pageUrl}
              target="_blank"
              rel="noopener"
              className="truncate hover:underline"
              title={title}
            >
              {title}
            </a>
            {clip.status !== 'complete' ? (
              <StatusBadge status={clip.status} rawStatus={clip.rawStatus} />
            ) : null}
          </h1>
          <ArtistLine clip={clip} />
        </div>
      </div>

      {playable ? (
        <div className="flex items-center gap-3">
          <audio
            ref={ref}
            src={clip.audioUrl ?? undefined}
            preload="none"
            data-role="embed-player"
          />
          <button
            type="button"
            onClick={toggle}
            aria-label={action}
            title={`${action} ${title}`}
            className="flex size-10 shrink-0 items-center justify-center rounded-full bg-violet-600 text-white hover:bg-violet-500"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current">
              <path d={state.playing ? 'M6 5h4v14H6zM14 5h4v14h-4z' : 'M8 5v14l11-7z'} />
            </svg>
          </button>
          <div className="relative h-10 min-w-0 flex-1 rounded-md has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-violet-400">
            <EmbedWaveform peaks={peaks} progress={duration > 0 ? state.time / duration : 0} />
            <input
              type="range"
              aria-label="Seek"
              aria-valuetext={`${formatDuration(state.time)} of ${formatDuration(duration)}`}
              min={0}
              max={Math.max(1, Math.round(duration))}
              step={1}
              value={Math.round(state.time)}
              disabled={duration === 0 || clip.status === 'streaming'}
              onChange={(e) => seek(Number(e.currentTarget.value))}
              className="absolute inset-0 size-full cursor-pointer opacity-0 disabled:cursor-default"
            />
          </div>
          <span className="shrink-0 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {formatDuration(state.time)} / {duration > 0 ? formatDuration(duration) : '–:––'}
          </span>
        </div>
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {clip.status === 'error' || clip.status === 'complete'
            ? 'Audio is not available for this clip.'
            : 'Still being made: it plays here once it is ready.'}
        </p>
      )}
      {playable && clip.lyrics?.trim() ? (
        <EmbedLyricLine
          line={lineAt?.(state.time) ?? null}
          started={state.started}
          onWanted={onLyricsWanted}
        />
      ) : null}
      {state.failed ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          This audio could not be played.
        </p>
      ) : null}
      {notice}
      <p className="flex justify-end text-xs">
        <a
          href={pageUrl}
          target="_blank"
          rel="noopener"
          className="font-medium text-violet-700 hover:underline dark:text-violet-300"
        >
          Open in Clip Viewer ↗
        </a>
      </p>
    </article>
  );
}
