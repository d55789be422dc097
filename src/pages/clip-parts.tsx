/**
 * How a clip's card and page are put together from the features: the gallery lays cards
 * out, the player plays, share and clip add their buttons. Features never import each other;
 * this is where they meet.
 */
import type { Clip } from '../domain/clip';
import type { GalleryLayout } from '../domain/gallery-view';
import type { LookupTarget } from '../domain/lookup-target';
import type { ProviderKind } from '../domain/providers';
import { clipPath } from '../domain/routes';
import { buildShareLink } from '../domain/share-link';
import type { AlignedWord } from '../domain/timed-lyrics';
import { DownloadMenu, KeepButton, KeptBadge } from '../features/clip';
import { ClipCard } from '../features/gallery';
import { ClipPlayer, CompareButton, usePlayback, VideoButton } from '../features/player';
import { ShareButton } from '../features/share';

/** The lookup a clip was found through: what its links and share links name. */
export interface ClipOwner {
  provider: ProviderKind;
  target: LookupTarget;
  /** Asks the provider again for a clip whose media link failed (see use-media-refresh). */
  refresh: (clipId: string, failedUrl: string) => Promise<Clip | null>;
  /** The clip's timed words from its provider, for keeping; absent where none can be asked. */
  timedOf?: (clip: Clip) => Promise<AlignedWord[] | null>;
}

interface ClipActionsProps {
  clip: Clip;
  owner: ClipOwner;
  /** A/B compare makes sense among a lookup's takes, not on a clip's own page. */
  compare?: boolean;
  /** The lyrics as an LRC file, where the provider timed them (the clip's page only). */
  lrc?: string | null;
}

export function ClipActions({ clip, owner, compare = false, lrc = null }: ClipActionsProps) {
  const playback = usePlayback();
  return (
    <>
      {compare ? <CompareButton clip={clip} /> : null}
      <VideoButton clip={clip} />
      <ShareButton
        clip={clip}
        provider={owner.provider}
        target={owner.target}
        currentTime={() => playback.positionOf(clip.id)}
      />
      {clip.status === 'complete' && clip.audioUrl ? (
        <KeepButton clip={clip} source={owner} />
      ) : null}
      {clip.status === 'complete' ? (
        <DownloadMenu
          clip={clip}
          lrc={lrc}
          refresh={(url) => owner.refresh(clip.id, url)}
          shareLink={buildShareLink(window.location.origin, {
            provider: owner.provider,
            lookup: owner.target,
            clipId: clip.id,
            at: null,
          })}
        />
      ) : null}
    </>
  );
}

export function LookupCard({
  clip,
  owner,
  highlighted = false,
  note,
  priority = false,
  layout,
  take = null,
}: {
  clip: Clip;
  owner: ClipOwner;
  highlighted?: boolean;
  layout?: GalleryLayout;
  /** "Take 2", where the clip is one of its task's takes. */
  take?: number | null;
  /** Where this copy of the clip came from, when it is not its provider (a shared snapshot). */
  note?: string;
  /** The first card of the page: its cover loads eagerly, first. */
  priority?: boolean;
}) {
  const player = <ClipPlayer clip={clip} />;
  return (
    <ClipCard
      clip={clip}
      layout={layout}
      take={take}
      badge={<KeptBadge clip={clip} />}
      highlighted={highlighted}
      priority={priority}
      href={clipPath(owner.target, clip.id)}
      onCoverFailed={(url) => void owner.refresh(clip.id, url)}
      player={
        note ? (
          <>
            <p className="text-xs font-medium text-violet-700 dark:text-violet-300">{note}</p>
            {player}
          </>
        ) : (
          player
        )
      }
      actions={<ClipActions clip={clip} owner={owner} compare />}
    />
  );
}
