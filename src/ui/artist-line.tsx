import type { Clip } from '../domain/clip';

interface ArtistLineProps {
  clip: Pick<Clip, 'handle' | 'displayName' | 'avatarUrl'>;
  /** Cards show the handle small; the clip page shows the display name and a bigger avatar. */
  size?: 'sm' | 'md';
}

/** Who made the clip: avatar and @handle (and the display name on the clip page). */
export function ArtistLine({ clip, size = 'sm' }: ArtistLineProps) {
  if (!clip.handle) return null;
  const px = size === 'sm' ? 20 : 24;
  const name = size === 'md' && clip.displayName ? `${clip.displayName} ` : '';
  return (
    <p
      className={`flex min-w-0 items-center gap-2 text-sm ${size === 'sm' ? 'text-zinc-600 dark:text-zinc-400' : 'text-zinc-700 dark:text-zinc-300'}`}
    >
      {clip.avatarUrl ? (
        <img
          src={clip.avatarUrl}
          alt=""
          width={px}
          height={px}
          loading="lazy"
          className={`${size === 'sm' ? 'size-5' : 'size-6'} shrink-0 rounded-full`}
        />
      ) : null}
      <span className={size === 'sm' ? 'truncate' : '[overflow-wrap:anywhere]'}>
        {name}@{clip.handle}
      </span>
    </p>
  );
}
