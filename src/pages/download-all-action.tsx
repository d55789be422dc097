/**
 * "Download all" and "Keep all" for a task or a batch: the clip feature makes the ZIP; the lookup (whose
 * task, which share links) and the timed lyrics (api) are put in here, where they meet.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { taskIdOf, type LookupTarget } from '../domain/lookup-target';
import type { Clip } from '../domain/clip';
import { clipLrc } from '../domain/lrc';
import { buildShareLink } from '../domain/share-link';
import { fetchTimedLyrics } from '../api/timings';
import type { ProviderConfig } from '../api/provider-config';
import { DownloadAllButton, KeepAllButton } from '../features/clip';
import type { ClipOwner } from './clip-parts';

/** A single task's ZIP is named after its prompt and ID; anything else is "Suno clips". */
function zipNaming(target: LookupTarget, clips: readonly Clip[], taskId: string | null) {
  const first = clips[0]?.id ?? '';
  const task =
    taskId ?? (target.mode === 'task' && target.taskIds.length === 1 ? target.taskIds[0] : null);
  if (task) {
    const prompt = clips.find((c) => c.taskPrompt)?.taskPrompt ?? null;
    return { zipTitle: prompt, zipId: task };
  }
  return { zipTitle: null, zipId: first };
}

export function DownloadAllAction({
  owner,
  clips,
  timings,
  taskId = null,
  describedBy,
}: {
  owner: ClipOwner;
  clips: readonly Clip[];
  /** One task of a batch, whose clips these are; else the lookup's clips as a whole. */
  taskId?: string | null;
  /** The id of the heading these clips are under. */
  describedBy: string;
  /** Where to ask for timed lyrics; null where these clips have no provider to ask. */
  timings: { config: ProviderConfig; takes: readonly (readonly string[])[] } | null;
}) {
  const queryClient = useQueryClient();
  const { provider, target, refresh } = owner;
  const shareLinkOf = useCallback(
    (clip: Clip) =>
      buildShareLink(window.location.origin, {
        provider,
        lookup: target,
        clipId: clip.id,
        at: null,
      }),
    [provider, target],
  );
  const lrcOf = useCallback(
    async (clip: Clip) => {
      // An instrumental has no words to time; a clip that does not say is asked about.
      if (!timings || !clip.lyrics || clip.hasVocal === false) return null;
      const timed = await fetchTimedLyrics(queryClient, timings.config, {
        id: clip.id,
        taskId: taskIdOf(target, timings.takes, clip.id),
        status: clip.status,
        lyrics: clip.lyrics,
      });
      return timed ? clipLrc(clip, timed) : null;
    },
    [queryClient, timings, target],
  );
  if (!clips.some((c) => c.status === 'complete')) return null;
  return (
    <div className="flex flex-wrap items-start gap-2">
      <KeepAllButton clips={clips} source={owner} describedBy={describedBy} />
      <DownloadAllButton
        clips={clips}
        refresh={refresh}
        shareLinkOf={shareLinkOf}
        lrcOf={lrcOf}
        describedBy={describedBy}
        {...zipNaming(target, clips, taskId)}
      />
    </div>
  );
}
