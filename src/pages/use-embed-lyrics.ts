import { useEffect, useState } from 'react';
import type { Clip } from '../domain/clip';
import { taskIdOf } from '../domain/lookup-target';
import type { ShareTarget } from '../domain/share-link';
import { configFor } from './use-embed-clip';

/** The text of the line sung at a moment, or null between and around the lines. */
export type LineAt = (seconds: number) => string | null;

/**
 * The embedded clip's lines as its provider timed them, asked for once, when the person first
 * plays in a frame tall enough to show them (`wanted`). The timings code loads only then, so
 * the embed's first load stays small. No timings (no call, an instrumental, an error) is null:
 * nothing is guessed.
 */
export function useEmbedLyrics(
  target: ShareTarget | null,
  clip: Pick<Clip, 'id' | 'lyrics' | 'status'> | null,
  wanted: boolean,
): LineAt | null {
  const [found, setFound] = useState<{ clipId: string; lineAt: LineAt } | null>(null);
  const clipId = clip?.id ?? null;
  const lyrics = clip?.lyrics ?? '';
  const complete = clip?.status === 'complete';

  useEffect(() => {
    if (!wanted || !target || clipId === null || !lyrics.trim() || !complete) return;
    const controller = new AbortController();
    const load = async () => {
      const [{ fetchTimings }, { lineAt, timeLyrics }] = await Promise.all([
        import('../api/providers/timings'),
        import('../domain/timed-lyrics'),
      ]);
      const clipRef = { id: clipId, taskId: taskIdOf(target.lookup, undefined, clipId) };
      const timed = timeLyrics(
        await fetchTimings(configFor(target), clipRef, controller.signal),
        lyrics,
      );
      if (timed) setFound({ clipId, lineAt: (t) => lineAt(timed, t)?.text ?? null });
    };
    // A failed timings call leaves the lyrics line out, as it does on the clip page.
    load().catch(() => undefined);
    return () => controller.abort();
  }, [wanted, target, clipId, lyrics, complete]);

  return found?.clipId === clipId ? found.lineAt : null;
}
