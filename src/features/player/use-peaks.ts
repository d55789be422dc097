import { useEffect, useState } from 'react';
import type { Clip } from '../../api/clip';
import { computePeaks, WaveformUnavailable } from './compute-peaks';
import { peaksFromMemory, readPeaks, writePeaks, type StoredPeaks } from './peaks-cache';

export type PeaksState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; peaks: StoredPeaks }
  | { kind: 'unavailable'; message: string };

/** How long a card must stay on screen before it is worth downloading its audio for peaks. */
const DWELL_MS = 400;

/**
 * Peaks for a finished clip: from the cache when there, else computed once the card has been
 * on screen for a moment. Scrolling past a card costs no audio bytes.
 */
export function usePeaks(clip: Clip, onScreen: boolean): PeaksState {
  const url = clip.status === 'complete' ? clip.audioUrl : null;
  const [state, setState] = useState<{ key: string; value: PeaksState } | null>(null);
  const key = `${clip.id}|${url ?? ''}`;

  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    void readPeaks(clip.id).then((hit) => {
      if (!cancelled && hit) setState({ key, value: { kind: 'ready', peaks: hit } });
    });
    return () => {
      cancelled = true;
    };
  }, [clip.id, url, key]);

  const known = state?.key === key ? state.value : null;
  const settled = known?.kind === 'ready' || known?.kind === 'unavailable';

  useEffect(() => {
    if (!url || !onScreen || settled) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setState({ key, value: { kind: 'loading' } });
      computePeaks(url, controller.signal)
        .then(async (computed) => {
          const value: StoredPeaks = {
            peaks: computed.peaks,
            duration: clip.duration && clip.duration > 0 ? clip.duration : computed.duration,
          };
          await writePeaks(clip.id, value);
          if (!controller.signal.aborted) setState({ key, value: { kind: 'ready', peaks: value } });
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          const message =
            e instanceof WaveformUnavailable
              ? e.message
              : 'No waveform: the audio could not be read.';
          setState({ key, value: { kind: 'unavailable', message } });
        });
    }, DWELL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [clip.id, clip.duration, url, onScreen, settled, key]);

  if (!url) return { kind: 'none' };
  if (known) return known;
  const cached = peaksFromMemory(clip.id);
  return cached ? { kind: 'ready', peaks: cached } : { kind: 'none' };
}
