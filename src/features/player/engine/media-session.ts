import { displayTitle, type Clip } from '../../../domain/clip';

/** What the operating system's media controls (lock screen, headset keys) can ask for. */
export interface SessionPlayer {
  play(clip: Clip): Promise<void>;
  pause(): void;
  skip(seconds: number): void;
  seek(seconds: number): void;
  next(): Promise<void>;
  previous(): Promise<void>;
}

/** Shows the clip in the system's media controls and routes their buttons to the player. */
export function showInMediaSession(clip: Clip, player: SessionPlayer): void {
  const actions = {
    play: () => void player.play(clip),
    pause: () => player.pause(),
    skip: (seconds: number) => player.skip(seconds),
    seek: (seconds: number) => player.seek(seconds),
    next: () => void player.next(),
    previous: () => void player.previous(),
  };
  if (!('mediaSession' in navigator)) return;
  const art = clip.imageLargeUrl ?? clip.imageUrl;
  try {
    navigator.mediaSession.metadata = new MediaMetadata({
      title: displayTitle(clip),
      artist: clip.displayName ?? clip.handle ?? '',
      artwork: art ? [{ src: art, sizes: '512x512', type: 'image/jpeg' }] : [],
    });
    const session = navigator.mediaSession;
    session.setActionHandler('play', actions.play);
    session.setActionHandler('pause', actions.pause);
    session.setActionHandler('seekbackward', (d) => actions.skip(-(d.seekOffset ?? 10)));
    session.setActionHandler('seekforward', (d) => actions.skip(d.seekOffset ?? 10));
    session.setActionHandler('seekto', (d) => {
      if (d.seekTime !== undefined) actions.seek(d.seekTime);
    });
    // Headset and lock-screen track keys move through the lookup's clips.
    session.setActionHandler('previoustrack', actions.previous);
    session.setActionHandler('nexttrack', actions.next);
  } catch {
    // Media Session is a nicety; a browser that half-supports it must not stop playback.
  }
}
