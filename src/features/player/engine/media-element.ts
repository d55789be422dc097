/** What the player hears from its media element. */
export interface MediaEvents {
  play(): void;
  playing(): void;
  pause(): void;
  ended(): void;
  /**
   * timeupdate, seeking, seeked and waiting: the playhead moved, or may be stuck. WebKit,
   * sent to the end mid-download, can stop there with no timeupdate at all.
   */
  time(): void;
  duration(): void;
  metadata(): void;
  error(): void;
}

/** The page's one audio element: hidden, kept in the document, starting at the stored levels. */
export function createMediaElement(
  levels: { volume: number; muted: boolean },
  on: MediaEvents,
): HTMLAudioElement {
  const media = document.createElement('audio');
  media.preload = 'auto';
  media.volume = levels.volume;
  media.muted = levels.muted;
  media.dataset.role = 'clip-player';
  media.hidden = true;
  document.body.append(media);
  const events: [string, () => void][] = [
    ['play', on.play],
    ['playing', on.playing],
    ['pause', on.pause],
    ['ended', on.ended],
    ['timeupdate', on.time],
    ['seeking', on.time],
    ['seeked', on.time],
    ['waiting', on.time],
    ['durationchange', on.duration],
    ['loadedmetadata', on.metadata],
    ['error', on.error],
  ];
  for (const [name, listener] of events) media.addEventListener(name, listener);
  return media;
}
