import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { displayTitle, type Clip } from '../api/clip';
import { targetText, type LookupMode } from '../domain/lookup-target';
import { PROVIDERS } from '../domain/providers';
import { lookupPath } from '../domain/routes';
import { formatDuration } from '../lib/format';
import { navigate, useLocation } from '../lib/router';
import type { ShareTarget } from '../domain/share-link';
import { Gallery, GallerySkeleton } from '../features/gallery';
import { LookupForm, LookupStatus, rememberLookup, updateRecentPreview } from '../features/lookup';
import { playback } from '../features/player';
import { useOpenSettings } from '../features/settings';
import { Alert } from '../ui/alert';
import { primaryButton } from '../ui/button-styles';
import { LookupCard, type ClipOwner } from './clip-parts';
import { usePageLookup } from './use-page-lookup';
import { useShareLanding } from './use-share-landing';

/** A task or a list of clips: the gallery, following the job until every clip is done. */
export default function LookupPage({ mode, param }: { mode: LookupMode; param: string }) {
  const { search } = useLocation();
  const openSettings = useOpenSettings();
  const [paused, setPaused] = useState(false);
  const { share, pending } = useShareLanding(`/${mode}/${param}`, search);
  const shared = share?.ok ? share.target : null;
  const { settings, target, cdnOnly, lookup, clips, provider } = usePageLookup(mode, param, {
    share: shared,
    paused,
    waiting: pending,
  });
  const owner = useMemo<ClipOwner | null>(
    () => (target ? { provider, target } : null),
    [target, provider],
  );

  useRecentLookup(owner, cdnOnly ? [] : clips);
  const sharedClip = useSharedMoment(shared, clips);
  const highlightId = shared?.clipId ?? null;
  const firstId = clips[0]?.id ?? null;
  const renderCard = useCallback(
    (clip: Clip) =>
      owner ? (
        <LookupCard
          clip={clip}
          owner={owner}
          highlighted={clip.id === highlightId}
          priority={clip.id === firstId}
        />
      ) : null,
    [owner, highlightId, firstId],
  );

  return (
    <div className="space-y-6">
      <LookupForm
        key={target ? targetText(target) : 'none'}
        kind={settings.kind}
        initialText={target ? targetText(target) : param}
        onLookup={(next) => navigate(lookupPath(next))}
      />
      {share && !share.ok ? (
        <Alert tone="warning" role="alert">
          {share.message} Showing the lookup without it.
        </Alert>
      ) : null}
      {target === null ? (
        <Alert tone="error" role="alert">
          This address does not name a task or clip. Paste an ID above to look one up.
        </Alert>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold [overflow-wrap:anywhere]">
            {target.mode === 'task' ? `Task ${target.taskId}` : `Clips (${target.ids.length})`}
          </h2>
          {cdnOnly && shared ? (
            <Alert tone="info">
              This clip was shared from {PROVIDERS[shared.provider].label}. It plays from Suno’s
              public CDN; its title, lyrics and details need an API key for that provider in{' '}
              <button type="button" onClick={openSettings} className="font-medium underline">
                Settings
              </button>
              .
            </Alert>
          ) : (
            <LookupStatus
              result={lookup.result}
              error={lookup.error}
              retrying={lookup.retrying}
              isFetching={lookup.isFetching}
              stall={lookup.stall}
              paused={paused}
              onTogglePaused={() => setPaused((p) => !p)}
              onRetry={lookup.refetch}
              onOpenSettings={openSettings}
            />
          )}
          {sharedClip && shared?.at ? (
            <div className="flex flex-wrap items-center gap-3 rounded-xl border border-violet-300 p-3 text-sm dark:border-violet-800">
              <span className="min-w-0 flex-1">
                Shared with you: <strong>{displayTitle(sharedClip)}</strong> from{' '}
                {formatDuration(shared.at)}
              </span>
              <button
                type="button"
                className={primaryButton}
                onClick={() => void playback.play(sharedClip, shared.at ?? 0)}
              >
                Play from {formatDuration(shared.at)}
              </button>
            </div>
          ) : null}
          {clips.length > 0 ? (
            <Gallery clips={clips} renderCard={renderCard} />
          ) : lookup.isPending && !paused ? (
            <GallerySkeleton />
          ) : null}
          {!cdnOnly && !lookup.isPending && !lookup.error && clips.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              The provider returned no clips for this lookup.
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

/** Keeps this lookup among the recent ones, with its first cover and title once known. */
function useRecentLookup(owner: ClipOwner | null, clips: Clip[]): void {
  const first = clips[0];
  const title = first ? displayTitle(first) : null;
  const cover = first?.imageUrl ?? null;
  useEffect(() => {
    if (owner) rememberLookup({ provider: owner.provider, lookup: owner.target });
  }, [owner]);
  useEffect(() => {
    if (owner && title) updateRecentPreview(owner.provider, owner.target, title, cover);
  }, [owner, title, cover]);
}

/**
 * A share link lands on its clip: scrolled into view, highlighted, and the player waiting at
 * the shared moment, paused (browsers block autoplay; "Play from" starts it).
 */
function useSharedMoment(shared: ShareTarget | null, clips: Clip[]): Clip | null {
  const clip = shared ? (clips.find((c) => c.id === shared.clipId) ?? null) : null;
  const landed = useRef<string | null>(null);
  useEffect(() => {
    if (!shared || !clip) return;
    const key = `${shared.clipId}@${shared.at ?? 0}`;
    if (landed.current === key) return;
    landed.current = key;
    document
      .querySelector(`[data-clip-id="${CSS.escape(clip.id)}"]`)
      ?.scrollIntoView({ block: 'center' });
    if (clip.audioUrl && shared.at) playback.cue(clip, shared.at);
  }, [shared, clip]);
  return clip;
}
