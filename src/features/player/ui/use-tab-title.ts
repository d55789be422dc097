import { useEffect } from 'react';
import { artistName, displayTitle, type Clip } from '../../../domain/clip';

/** "▶ Title — Artist": what the tab says while a clip plays, the page's own title otherwise. */
export function playingTitle(clip: Pick<Clip, 'title' | 'displayName' | 'handle'>): string {
  const artist = artistName(clip);
  return `▶ ${displayTitle(clip)}${artist ? ` — ${artist}` : ''}`;
}

/** A person with many tabs finds the one playing by its title. */
export function useTabTitle(clip: Clip | null, playing: boolean): void {
  const title = clip && playing ? playingTitle(clip) : null;
  useEffect(() => {
    if (title === null) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
