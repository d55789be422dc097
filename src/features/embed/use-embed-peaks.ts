import { useEffect, useState } from 'react';
import { bucketPeaks } from '../../lib/peaks';

const BARS = 120;
const DECODE_RATE = 8000;

/**
 * Peaks for the embed's waveform, read from the audio once someone has pressed Play (so an
 * embed nobody plays costs no download). Where the audio host refuses cross-origin reads, or
 * the audio does not decode, there is no waveform: the bar shows progress alone.
 */
export function useEmbedPeaks(url: string | null, wanted: boolean): number[] | null {
  const [peaks, setPeaks] = useState<{ url: string; values: number[] } | null>(null);
  useEffect(() => {
    if (!url || !wanted) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
        if (!response.ok) return;
        const bytes = await response.arrayBuffer();
        const decoded = await new OfflineAudioContext(1, 1, DECODE_RATE).decodeAudioData(bytes);
        if (!controller.signal.aborted) {
          setPeaks({ url, values: bucketPeaks(decoded.getChannelData(0), BARS) });
        }
      } catch {
        // No waveform; playback does not depend on it.
      }
    })();
    return () => controller.abort();
  }, [url, wanted]);
  return peaks?.url === url ? peaks.values : null;
}
