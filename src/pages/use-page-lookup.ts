import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { KeylessClip } from '../api/cdn-fallback';
import { usePastedAnswer } from '../api/pasted-answer-store';
import { useLookup } from '../api/use-lookup';
import type { Clip } from '../domain/clip';
import { fetchTimedWords } from '../api/timings';
import { taskIdOf, type LookupMode, type LookupTarget } from '../domain/lookup-target';
import type { ProviderConfig } from '../api/provider-config';
import { targetFromRoute } from '../domain/routes';
import type { ShareTarget } from '../domain/share-link';
import { usePlayback } from '../features/player';
import { configFrom, useSettings } from '../features/settings';
import { resolveSource } from './lookup-source';
import { useMediaRefresh } from './use-media-refresh';

const NO_CLIPS: Clip[] = [];

interface PageLookupOptions {
  /** A share link's target: it may name another provider than the person's own. */
  share?: ShareTarget | null;
  /** What plays when the person has no key for the link's provider (snapshot or CDN). */
  keyless?: KeylessClip | null;
  /** The person chose to stop waiting: no more polling, what was shown stays. */
  paused?: boolean;
  /** Not yet known which provider to ask (a share link still being read): ask nothing. */
  waiting?: boolean;
}

/**
 * The wiring every lookup page repeats: settings → provider → the lookup's query → the
 * player's queue. Pages call this and compose what it returns.
 */
export function usePageLookup(mode: LookupMode, param: string, options: PageLookupOptions = {}) {
  const { share = null, keyless = null, paused = false, waiting = false } = options;
  const settings = useSettings();
  const playback = usePlayback();
  const target = useMemo(() => targetFromRoute(mode, param), [mode, param]);
  const source = resolveSource(settings, share);
  const cdnOnly = source === 'cdn';
  const config = cdnOnly ? configFrom(settings) : source;
  // A provider's answer pasted into the box: its clips are shown and nobody is asked.
  const pasted = usePastedAnswer(share ? null : target);
  const asks = !cdnOnly && !waiting && pasted === null;
  const lookup = useLookup(config, asks ? target : null, paused);
  const pastedClips = pasted?.answer?.result.clips ?? NO_CLIPS;
  const clips = useMemo(
    () => (pasted ? pastedClips : cdnOnly && keyless ? [keyless.clip] : lookup.clips),
    [pasted, pastedClips, cdnOnly, keyless, lookup.clips],
  );
  // Which provider's clips these are: what share links made from this page must name.
  const provider = pasted ? pasted.provider : cdnOnly && share ? share.provider : config.kind;

  // Clips from the public CDN or a pasted answer have no provider to ask again.
  const refreshMedia = useMediaRefresh(asks ? lookup.reload : null);

  useEffect(() => {
    // The now-playing bar links the playing clip's page through the lookup it came from,
    // and the player asks it for a fresh link when one expires.
    // In a batch, takes are compared within their own task.
    const takes = lookup.takes.length > 1 ? lookup.takes : undefined;
    const owner = target ? { provider, target, takes, refresh: refreshMedia } : null;
    playback.setQueue(clips, owner);
  }, [clips, target, provider, lookup.takes, refreshMedia, playback]);

  const timedWordsOf = useTimedWordsOf({ config, target, takes: lookup.takes, asks });
  return {
    settings,
    target,
    config,
    cdnOnly,
    pasted,
    lookup,
    clips,
    provider,
    refreshMedia,
    timedWordsOf,
  };
}

/**
 * A clip's timed words as its provider gives them (what a kept clip stores), through the
 * lookup's latest provider and takes; one function for the page's life, so cards keep theirs.
 */
function useTimedWordsOf(now: {
  config: ProviderConfig;
  target: LookupTarget | null;
  takes: readonly (readonly string[])[];
  asks: boolean;
}) {
  const queryClient = useQueryClient();
  const latest = useRef(now);
  useEffect(() => {
    latest.current = now;
  });
  return useCallback(
    async (clip: Clip) => {
      const { config, target, takes, asks } = latest.current;
      // An instrumental has no words to time; a clip that does not say is asked about.
      if (!asks || !clip.lyrics || clip.hasVocal === false) return null;
      const taskId = taskIdOf(target, takes, clip.id);
      const { id, status, lyrics } = clip;
      return fetchTimedWords(queryClient, config, { id, taskId, status, lyrics });
    },
    [queryClient],
  );
}
