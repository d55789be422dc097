/**
 * The clip page's lyrics, following playback: the provider's timings (api), the playhead
 * (player) and the lyrics view (clip) meet here, since features never import each other.
 */
import { useCallback, useMemo } from 'react';
import type { Clip } from '../domain/clip';
import { lineAt, wordAt, type TimedLyrics } from '../domain/timed-lyrics';
import { LyricsSection } from '../features/clip';
import { usePlayback, usePlayheadPick } from '../features/player';

export function ClipLyrics({ clip, timed }: { clip: Clip; timed: TimedLyrics | null }) {
  const playback = usePlayback();
  // Primitives, so this re-renders when the line or word changes, not every frame.
  const line = usePlayheadPick(clip.id, (t) =>
    t === null || timed === null ? -1 : (lineAt(timed, t)?.index ?? -1),
  );
  const word = usePlayheadPick(clip.id, (t) => {
    const current = t === null || timed === null ? null : lineAt(timed, t);
    return current && t !== null ? wordAt(current, t) : -1;
  });
  const position = useMemo(() => ({ line, word }), [line, word]);
  const onSeek = useCallback(
    (seconds: number) => void playback.play(clip, seconds),
    [playback, clip],
  );
  const follow = useMemo(
    () => (timed ? { timed, position, onSeek } : null),
    [timed, position, onSeek],
  );
  return <LyricsSection text={clip.lyrics} follow={follow} />;
}
