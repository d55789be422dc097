/**
 * The clip page's lyrics, following playback: the provider's timings (api), the playhead
 * (player) and the lyrics view (clip) meet here, since features never import each other.
 */
import { useCallback, useMemo } from 'react';
import type { Clip } from '../domain/clip';
import type { LookupTarget } from '../domain/lookup-target';
import { lineAt, wordAt, type TimedLyrics } from '../domain/timed-lyrics';
import { LyricsSection } from '../features/clip';
import { usePlayback, usePlayheadPick } from '../features/player';

/**
 * The task a clip came from, when it was looked up by task (some timings calls name it): the
 * one task, or in a batch the task whose takes include the clip.
 */
export function taskIdOf(
  target: LookupTarget | null,
  takes: readonly (readonly string[])[] | undefined,
  clipId: string,
): string | null {
  if (target?.mode !== 'task') return null;
  if (target.taskIds.length === 1) return target.taskIds[0] ?? null;
  return target.taskIds[takes?.findIndex((ids) => ids.includes(clipId)) ?? -1] ?? null;
}

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
