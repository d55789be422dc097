import { useEffect, useState } from 'react';
import { readPeaks } from '../../api/peaks-store';
import { bucketPeaks } from '../../lib/peaks';
import { prefersSavingData } from '../../lib/save-data';

const BARS = 120;
const DECODE_RATE = 8000;

async function decodedPeaks(url: string, signal: AbortSignal): Promise<number[] | null> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) return null;
  const bytes = await response.arrayBuffer();
  const decoded = await new OfflineAudioContext(1, 1, DECODE_RATE).decodeAudioData(bytes);
  return bucketPeaks(decoded.getChannelData(0), BARS);
}

/**
 * Peaks for the embed's waveform, so the whole song's shape shows before Play: from this
 * device's peaks cache when the app has drawn the clip, else read from the audio once the page
 * is idle; a person saving data gets them only after pressing Play. Where the audio host
 * refuses cross-origin reads, or the audio does not decode, the bar shows progress alone.
 */
export function useEmbedPeaks(
  clipId: string,
  url: string | null,
  started: boolean,
): number[] | null {
  const [peaks, setPeaks] = useState<{ url: string; values: number[] } | null>(null);
  const known = peaks?.url === url;
  const wanted = started || !prefersSavingData();
  useEffect(() => {
    if (!url || known) return;
    const controller = new AbortController();
    const { signal } = controller;
    const idle = window.setTimeout(() => {
      void (async () => {
        try {
          const stored = await readPeaks(clipId);
          if (!stored && !wanted) return;
          const values = stored
            ? bucketPeaks(Float32Array.from(stored.peaks), BARS)
            : await decodedPeaks(url, signal);
          if (values && !signal.aborted) setPeaks({ url, values });
        } catch {
          // No waveform; playback does not depend on it.
        }
      })();
    }, 0);
    return () => {
      window.clearTimeout(idle);
      controller.abort();
    };
  }, [clipId, url, known, wanted]);
  return known ? (peaks?.values ?? null) : null;
}
