import { useCallback, useEffect, useRef, useState } from 'react';

export interface MediaState {
  playing: boolean;
  /** Seconds: where playback is, or will start. */
  time: number;
  /** Seconds, 0 while unknown. */
  duration: number;
  /** The audio could not be loaded or played. */
  failed: boolean;
  /** Play was pressed at least once: the audio is worth reading for a waveform. */
  started: boolean;
}

/**
 * The embed's own <audio> element: nothing loads until Play (a page with several embeds
 * downloads nothing up front), and a start time or a seek made before that is kept and
 * applied once the audio knows its length.
 */
export function useMedia(src: string | null, start: number, knownDuration: number | null) {
  const ref = useRef<HTMLAudioElement>(null);
  const pending = useRef<number | null>(start > 0 ? start : null);
  const [state, setState] = useState<MediaState>({
    playing: false,
    time: start,
    duration: knownDuration ?? 0,
    failed: false,
    started: false,
  });

  useEffect(() => {
    const media = ref.current;
    if (!media) return;
    const patch = (next: Partial<MediaState>) => setState((s) => ({ ...s, ...next }));
    const applyPending = () => {
      if (pending.current !== null) {
        media.currentTime = pending.current;
        pending.current = null;
      }
    };
    const listeners: [string, () => void][] = [
      ['play', () => patch({ playing: true, failed: false, started: true })],
      ['pause', () => patch({ playing: false })],
      ['ended', () => patch({ playing: false })],
      ['timeupdate', () => patch({ time: media.currentTime })],
      ['seeked', () => patch({ time: media.currentTime })],
      ['loadedmetadata', applyPending],
      [
        'durationchange',
        () => {
          if (Number.isFinite(media.duration) && media.duration > 0) {
            patch({ duration: media.duration });
          }
        },
      ],
      ['error', () => patch({ playing: false, failed: true })],
    ];
    for (const [name, listener] of listeners) media.addEventListener(name, listener);
    return () => {
      for (const [name, listener] of listeners) media.removeEventListener(name, listener);
    };
  }, [src]);

  const toggle = useCallback(() => {
    const media = ref.current;
    if (!media) return;
    if (!media.paused) {
      media.pause();
      return;
    }
    if (pending.current !== null && media.readyState >= HTMLMediaElement.HAVE_METADATA) {
      media.currentTime = pending.current;
      pending.current = null;
    }
    media.play().catch((error: unknown) => {
      // A pause or a new source interrupting play() is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setState((s) => ({ ...s, playing: false, failed: true }));
      }
    });
  }, []);

  const seek = useCallback((seconds: number) => {
    const media = ref.current;
    if (!media) return;
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) media.currentTime = seconds;
    else pending.current = seconds;
    setState((s) => ({ ...s, time: seconds }));
  }, []);

  return { ref, state, toggle, seek };
}
