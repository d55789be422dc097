import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { displayTitle, taskName, takeNumberIn, type Clip } from '../domain/clip';
import { targetText, type LookupMode } from '../domain/lookup-target';
import { PROVIDERS } from '../domain/providers';
import { DEFAULT_VIEW, withGalleryView } from '../domain/gallery-view';
import { lookupPath } from '../domain/routes';
import { navigate, useLocation } from '../lib/router';
import type { ShareTarget } from '../domain/share-link';
import { Gallery, GalleryControls, GallerySkeleton } from '../features/gallery';
import {
  BatchStatus,
  LookupForm,
  LookupStatus,
  rememberLookup,
  updateRecentPreview,
} from '../features/lookup';
import { usePlayback } from '../features/player';
import { useOpenSettings } from '../features/settings';
import { Alert } from '../ui/alert';
import { LookupCard, type ClipOwner } from './clip-parts';
import { DownloadAllAction } from './download-all-action';
import { lookupGroups } from './lookup-groups';
import { useGalleryView } from './use-gallery-view';
import { usePageLookup } from './use-page-lookup';
import { SharedSong } from './shared-song';
import { useShareLanding } from './use-share-landing';

// Only a share link opened without a key needs it.
const KeylessNotice = lazy(() => import('./keyless-notice'));

/** A task or a list of clips: the gallery, following the job until every clip is done. */
export default function LookupPage({ mode, param }: { mode: LookupMode; param: string }) {
  const { search } = useLocation();
  const openSettings = useOpenSettings();
  const playback = usePlayback();
  const [paused, setPaused] = useState(false);
  // The fragment (a snapshot) is only ever there on arrival: in-app links carry none. The
  // gallery's own params are no part of the link, so filtering does not read it again.
  const { landing, pending } = useShareLanding(
    `/${mode}/${param}`,
    withGalleryView(search, DEFAULT_VIEW),
    window.location.hash,
  );
  const share = landing?.share ?? null;
  const shared = share?.ok ? share.target : null;
  const keyless = landing?.keyless ?? null;
  const {
    settings,
    target,
    config,
    cdnOnly,
    pasted,
    lookup,
    clips: latestClips,
    provider,
    refreshMedia,
    timedWordsOf,
  } = usePageLookup(mode, param, { share: shared, keyless, paused, waiting: pending });
  // The cards render from this in a render of their own that React slices and puts off for
  // input: an answer arriving (or a poll that changed a clip) then does not block a phone's
  // main thread for the whole gallery at once.
  const clips = useDeferredValue(latestClips);
  const owner = useMemo<ClipOwner | null>(
    () => (target ? { provider, target, refresh: refreshMedia, timedOf: timedWordsOf } : null),
    [target, provider, refreshMedia, timedWordsOf],
  );

  useRecentLookup(pasted ? null : owner, cdnOnly ? [] : clips);
  const sharedClip = useSharedMoment(shared, clips);
  const highlightId = shared?.clipId ?? null;
  const batch = !cdnOnly && lookup.parts.length > 1;
  const pause = { value: paused, toggle: () => setPaused((p) => !p) };
  const copied = cdnOnly && keyless?.source === 'snapshot';
  const firstId = clips[0]?.id ?? null;
  const takeOf = useTakeNumbers(target?.mode === 'task' ? lookup.takes : null);
  const single = cdnOnly || pasted !== null || lookup.parts.length <= 1;
  // Kept from render to render, so a keystroke in the search leaves the cards be.
  const singleGroup = useMemo(() => lookupGroups([], clips, openSettings), [clips, openSettings]);
  const gallery = useGalleryView(
    search,
    clips,
    single
      ? singleGroup
      : lookupGroups(lookup.parts, clips, openSettings, (part, headingId) =>
          owner && part.part.mode === 'task' ? (
            <DownloadAllAction
              owner={owner}
              clips={part.result?.clips ?? []}
              timings={{ config, takes: lookup.takes }}
              taskId={part.part.taskId}
              describedBy={headingId}
            />
          ) : null,
        ),
  );

  const renderCard = useCallback(
    (clip: Clip) =>
      owner ? (
        <LookupCard
          clip={clip}
          owner={owner}
          highlighted={clip.id === highlightId}
          note={copied ? 'From the sharer’s copy of the links' : undefined}
          priority={clip.id === firstId}
          layout={gallery.layout}
          take={takeOf(clip.id)}
        />
      ) : null,
    [owner, highlightId, copied, firstId, gallery.layout, takeOf],
  );

  const sharedAt = shared?.at ?? 0;
  return (
    <div className="space-y-6">
      {sharedClip ? (
        <SharedSong
          clip={sharedClip}
          at={sharedAt}
          onPlay={() => void playback.play(sharedClip, sharedAt)}
        />
      ) : null}
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
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h2 id="results-heading" className="text-lg font-semibold [overflow-wrap:anywhere]">
              {sharedClip
                ? target.mode === 'task' && target.taskIds.length === 1
                  ? 'More from this task'
                  : 'More from these clips'
                : target.mode === 'clips'
                  ? `Clips (${target.ids.length})`
                  : target.taskIds.length === 1
                    ? (taskName(clips) ?? `Task ${target.taskIds[0] ?? ''}`)
                    : `${target.taskIds.length} tasks`}
            </h2>
            {owner ? (
              <DownloadAllAction
                owner={owner}
                clips={clips}
                // A shared copy or a pasted answer has no provider of ours to ask for timings.
                timings={cdnOnly || pasted ? null : { config, takes: lookup.takes }}
                describedBy="results-heading"
              />
            ) : null}
          </div>
          {pasted ? (
            <Alert tone={pasted.error ? 'error' : 'info'} role="status">
              {pasted.error
                ? pasted.error.message
                : `Read from the ${PROVIDERS[pasted.provider].label} answer you pasted: nothing was asked of the provider, and these clips do not update.`}
            </Alert>
          ) : cdnOnly && shared && keyless ? (
            <Suspense fallback={null}>
              <KeylessNotice
                keyless={keyless}
                providerLabel={PROVIDERS[shared.provider].label}
                snapshotIssue={landing?.snapshot?.ok === false ? landing.snapshot.message : null}
                onOpenSettings={openSettings}
              />
            </Suspense>
          ) : batch ? (
            <BatchStatus parts={lookup.parts} paused={pause} onOpenSettings={openSettings} />
          ) : (
            <LookupStatus lookup={lookup} paused={pause} onOpenSettings={openSettings} />
          )}
          {gallery.facets ? (
            <GalleryControls
              view={gallery.view}
              layout={gallery.chosenLayout}
              facets={gallery.facets}
              shown={gallery.shown}
              total={clips.length}
              onChange={gallery.setView}
            />
          ) : null}
          {clips.length > 0 || batch ? (
            <Gallery groups={gallery.groups} renderCard={renderCard} layout={gallery.layout} />
          ) : (lookup.isPending && !paused) ||
            // Clips that have arrived but whose cards are still rendering.
            latestClips.length > 0 ||
            (pasted && !pasted.answer && !pasted.error) ? (
            <GallerySkeleton />
          ) : null}
          {!cdnOnly &&
          !pasted &&
          !batch &&
          !lookup.isPending &&
          !lookup.error &&
          latestClips.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              The provider returned no clips for this lookup.
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

/**
 * Each clip's "Take 2" (null for a list of clips: they are not takes of one song). One function
 * while the takes stay the same, so the memoized gallery keeps its cards.
 */
function useTakeNumbers(
  takes: readonly (readonly string[])[] | null,
): (id: string) => number | null {
  const key = takes ? takes.map((t) => t.join(',')).join(';') : null;
  return useMemo(() => {
    const parts = key === null ? [] : key.split(';').map((t) => t.split(','));
    return (id: string) => takeNumberIn(parts, id);
  }, [key]);
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
 * A share link lands on its clip: shown first (SharedSong), its card highlighted, and the
 * player waiting at the shared moment, paused (browsers block autoplay; "Play from" starts it).
 */
function useSharedMoment(shared: ShareTarget | null, clips: Clip[]): Clip | null {
  const clip = shared ? (clips.find((c) => c.id === shared.clipId) ?? null) : null;
  const landed = useRef<string | null>(null);
  const playback = usePlayback();
  useEffect(() => {
    if (!shared || !clip) return;
    const key = `${shared.clipId}@${shared.at ?? 0}`;
    if (landed.current === key) return;
    landed.current = key;
    if (clip.audioUrl && shared.at) playback.cue(clip, shared.at);
  }, [shared, clip, playback]);
  return clip;
}
