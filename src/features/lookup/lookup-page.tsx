import { useEffect, useMemo, useRef, useState } from 'react';
import { cdnClip } from '../../api/cdn-fallback';
import { displayTitle, type Clip } from '../../api/clip';
import { hasUsableKey, PROVIDERS, type ProviderConfig } from '../../api/providers';
import { useLookup } from '../../api/use-lookup';
import { primaryButton } from '../../ui/button-styles';
import { navigate, useLocation } from '../../ui/router';
import { Gallery, GallerySkeleton } from '../gallery/gallery';
import { player } from '../player/player-store';
import { useOpenSettings } from '../settings/settings-context';
import { configFrom, useSettings, type Settings } from '../settings/settings-store';
import { formatStartTime, parseShareParams, type ShareTarget } from '../share/share-link';
import { LookupContext, type LookupContextValue } from './lookup-context';
import { LookupForm } from './lookup-form';
import { pathForTarget, targetFromRoute, targetText } from './lookup-routes';
import { LookupStatus } from './lookup-status';
import { rememberLookup, updateRecentPreview } from './recent-lookups';

/**
 * Which provider answers this page: the person's own settings, or for a share link made
 * with another provider, the demo simulator (needs no key) or else the public CDN.
 */
function resolveSource(settings: Settings, share: ShareTarget | null): ProviderConfig | 'cdn' {
  const own = configFrom(settings);
  if (!share) return own;
  if (share.provider === settings.kind) {
    return hasUsableKey(own) ? own : 'cdn';
  }
  if (share.provider === 'demo') {
    return { kind: 'demo', baseUrl: PROVIDERS.demo.defaultBaseUrl, apiKey: '' };
  }
  return 'cdn';
}

export function LookupPage({ mode, param }: { mode: 'task' | 'clips'; param: string }) {
  const { search } = useLocation();
  const settings = useSettings();
  const openSettings = useOpenSettings();
  const [paused, setPaused] = useState(false);
  const target = useMemo(() => targetFromRoute(mode, param), [mode, param]);
  const share = useMemo(() => parseShareParams(`/${mode}/${param}`, search), [mode, param, search]);
  const shared = share?.ok ? share.target : null;
  const source = resolveSource(settings, shared);
  const cdnOnly = source === 'cdn';
  const config = cdnOnly ? configFrom(settings) : source;
  const lookup = useLookup(config, cdnOnly ? null : target, paused);
  const clips = useMemo(
    () => (cdnOnly && shared ? [cdnClip(shared.clipId)] : (lookup.result?.clips ?? [])),
    [cdnOnly, shared, lookup.result],
  );
  const context = useMemo<LookupContextValue | null>(
    () => (target ? { provider: cdnOnly && shared ? shared.provider : config.kind, target } : null),
    [target, cdnOnly, shared, config.kind],
  );

  useRecentLookup(context, cdnOnly ? [] : clips);
  const sharedClip = useSharedMoment(shared, clips);

  return (
    <div className="space-y-6">
      <LookupForm
        key={target ? targetText(target) : 'none'}
        kind={settings.kind}
        initialText={target ? targetText(target) : param}
        onLookup={(next) => navigate(pathForTarget(next))}
      />
      {share && !share.ok ? (
        <p
          role="alert"
          className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100"
        >
          {share.message} Showing the lookup without it.
        </p>
      ) : null}
      {target === null || context === null ? (
        <p
          role="alert"
          className="rounded-xl bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950/60 dark:text-red-100"
        >
          This address does not name a task or clip. Paste an ID above to look one up.
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold [overflow-wrap:anywhere]">
            {target.mode === 'task' ? `Task ${target.taskId}` : `Clips (${target.ids.length})`}
          </h2>
          {cdnOnly && shared ? (
            <p className="rounded-xl bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950/60 dark:text-sky-100">
              This clip was shared from {PROVIDERS[shared.provider].label}. It plays from Suno’s
              public CDN; its title, lyrics and details need an API key for that provider in{' '}
              <button type="button" onClick={openSettings} className="font-medium underline">
                Settings
              </button>
              .
            </p>
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
                {formatStartTime(shared.at)}
              </span>
              <button
                type="button"
                className={primaryButton}
                onClick={() => void player.play(sharedClip, shared.at ?? 0)}
              >
                Play from {formatStartTime(shared.at)}
              </button>
            </div>
          ) : null}
          <LookupContext.Provider value={context}>
            {clips.length > 0 ? (
              <Gallery clips={clips} highlightId={shared?.clipId ?? null} />
            ) : lookup.isPending && !paused ? (
              <GallerySkeleton />
            ) : null}
          </LookupContext.Provider>
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
function useRecentLookup(context: LookupContextValue | null, clips: Clip[]): void {
  const first = clips[0];
  const title = first ? displayTitle(first) : null;
  const cover = first?.imageUrl ?? null;
  useEffect(() => {
    if (context) rememberLookup({ provider: context.provider, lookup: context.target });
  }, [context]);
  useEffect(() => {
    if (context && title) updateRecentPreview(context.provider, context.target, title, cover);
  }, [context, title, cover]);
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
    if (clip.audioUrl && shared.at) player.cue(clip, shared.at);
  }, [shared, clip]);
  return clip;
}
