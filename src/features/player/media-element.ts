/** What the player hears from its media element. */
export interface MediaEvents {
  play(): void;
  playing(): void;
  pause(): void;
  ended(): void;
  /** timeupdate and seeked: the playhead moved. */
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
  media.addEventListener('play', on.play);
  media.addEventListener('playing', on.playing);
  media.addEventListener('pause', on.pause);
  media.addEventListener('ended', on.ended);
  media.addEventListener('timeupdate', on.time);
  media.addEventListener('seeked', on.time);
  media.addEventListener('durationchange', on.duration);
  media.addEventListener('loadedmetadata', on.metadata);
  media.addEventListener('error', on.error);
  return media;
}
