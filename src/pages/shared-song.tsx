import { displayTitle, type Clip } from '../domain/clip';
import { formatDuration } from '../lib/format';
import { ArtistLine } from '../ui/artist-line';
import { primaryButton } from '../ui/button-styles';
import { CoverArt } from '../ui/cover-art';
import { TagList } from '../ui/tag-list';

/**
 * Where a share link lands: the shared song first (cover, title, artist, one large "Play
 * from"), so a friend on a phone sees what was sent before any of the tool around it.
 */
export function SharedSong({
  clip,
  at,
  onPlay,
}: {
  clip: Clip;
  /** The shared moment, in seconds (0 when the link names none). */
  at: number;
  onPlay: () => void;
}) {
  return (
    <section
      aria-labelledby="shared-song-title"
      className="flex flex-col gap-4 rounded-2xl border border-violet-300 bg-white p-4 shadow-sm sm:flex-row sm:items-center dark:border-violet-800 dark:bg-zinc-900"
    >
      <div className="w-32 shrink-0 sm:w-48">
        <CoverArt
          src={clip.imageUrl}
          largeSrc={clip.imageLargeUrl}
          sizes="(min-width: 640px) 192px, 128px"
          priority
          pending={false}
        />
      </div>
      <div className="min-w-0 space-y-2">
        <p className="text-sm font-medium text-violet-700 dark:text-violet-300">Shared with you</p>
        <h2
          id="shared-song-title"
          className="text-2xl font-bold break-words [overflow-wrap:anywhere]"
        >
          {displayTitle(clip)}
        </h2>
        <ArtistLine clip={clip} size="md" />
        <TagList tags={clip.tags} />
        {clip.audioUrl ? (
          <button type="button" className={`${primaryButton} px-6 py-3 text-lg`} onClick={onPlay}>
            Play from {formatDuration(at)}
          </button>
        ) : null}
      </div>
    </section>
  );
}
