import { useEffect, useState } from 'react';
import { keylessClip, type KeylessClip } from '../api/cdn-fallback';
import { isTerminal, type Clip } from '../domain/clip';
import { isApiError } from '../domain/errors';
import { CHECKING_CAP_MS, paceForAge } from '../api/polling-policy';
import type { ProviderConfig } from '../api/provider-config';
import { partsOf } from '../domain/lookup-target';
import { isSimulated, PROVIDERS, PROXY_PREFIX } from '../domain/providers';
import type { ShareTarget } from '../domain/share-link';
import type { ShareSnapshot } from '../domain/share-snapshot';

export type EmbedClip =
  | { state: 'loading' }
  | { state: 'ready'; clip: Clip; keyless: KeylessClip | null }
  | { state: 'failed'; message: string };

/**
 * When to ask again for a clip still being made: the polling policy's pace for the job's age
 * and its time cap. The embed shows no video, so a clip whose audio is done is left as it is.
 */
function nextPollIn(clip: Clip, startedAt: number): number | false {
  // The job is at least as old as the embed's page: the pace errs towards asking often.
  const followingForMs = Date.now() - startedAt;
  if (isTerminal(clip.status) || followingForMs >= CHECKING_CAP_MS) return false;
  return paceForAge(followingForMs);
}

/**
 * Where an embed asks: the Demo simulator, or for a real provider the app server's proxy,
 * which adds the server's key to the app's own pages (an embed is one, whatever site frames
 * it). Visitors' own keys are never used here: a framed page should spend nobody's key.
 */
export function configFor(target: ShareTarget): ProviderConfig {
  if (isSimulated(target.provider)) {
    return {
      kind: target.provider,
      baseUrl: PROVIDERS[target.provider].defaultBaseUrl,
      apiKey: '',
    };
  }
  return { kind: target.provider, baseUrl: `${PROXY_PREFIX}${target.provider}`, apiKey: '' };
}

/** The shared clip from the lookup that holds it: a batch's tasks are asked in turn. */
async function findClip(target: ShareTarget, signal: AbortSignal): Promise<Clip | null> {
  // Loaded while the player paints its loading state: the embed's first load stays small.
  const { fetchLookup } = await import('../api/providers');
  for (const part of partsOf(target.lookup)) {
    const answer = await fetchLookup(configFor(target), part, signal);
    const clip = answer.clips.find((c) => c.id === target.clipId);
    if (clip) return clip;
  }
  return null;
}

/**
 * The embedded clip, fresh from its provider and followed until it is done; for a real
 * provider the server cannot ask (no key), the link's playable copy, else the public CDN.
 */
export function useEmbedClip(
  target: ShareTarget | null,
  snapshot: ShareSnapshot | null,
): EmbedClip {
  const [result, setResult] = useState<{ for: ShareTarget; value: EmbedClip } | null>(null);
  useEffect(() => {
    if (!target) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const set = (value: EmbedClip) => setResult({ for: target, value });
    const startedAt = Date.now();
    const load = async () => {
      try {
        const clip = await findClip(target, controller.signal);
        if (!clip) {
          set({ state: 'failed', message: 'The provider has no such clip in this lookup.' });
          return;
        }
        set({ state: 'ready', clip, keyless: null });
        const next = nextPollIn(clip, startedAt);
        if (next !== false) timer = setTimeout(() => void load(), next);
      } catch (error) {
        if (controller.signal.aborted) return;
        if (!isSimulated(target.provider)) {
          const fallback = keylessClip(target.clipId, snapshot, target.provider);
          set({ state: 'ready', clip: fallback.clip, keyless: fallback });
          return;
        }
        set({
          state: 'failed',
          message: isApiError(error) ? error.message : 'The clip could not be loaded.',
        });
      }
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [target, snapshot]);
  if (!target) return { state: 'failed', message: 'This player link is not valid.' };
  return result?.for === target ? result.value : { state: 'loading' };
}
