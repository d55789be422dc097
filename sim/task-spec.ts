/** The static description of a simulated task; its changing state comes from the clock. */

export interface HistoryEntry {
  id: string;
  type: 'gen' | 'upload';
  source: 'web';
  infill: boolean;
  continue_at: number | null;
}

export interface ClipSpec {
  id: string;
  title: string;
  tags: string;
  lyrics: string;
  gptDescriptionPrompt: string | null;
  type: 'gen' | 'upload' | 'concat';
  history: HistoryEntry[] | null;
  concatHistory: HistoryEntry[] | null;
  audioPromptId: string | null;
  handle: string;
  displayName: string;
  userId: string;
  hasVocal: boolean;
  /** Set when the clip ends in `error` instead of streaming. */
  error: { type: string; message: string } | null;
  /** Newer models' lineage fields (`task`, `cover_clip_id`, `clip_roots`…), sent in `metadata`. */
  lineage?: Record<string, unknown>;
  /** The model as Suno names it; the default is v3.5's. */
  model?: { name: string; version: string | null };
  /**
   * Audio the provider will not play once complete: `locked` sends Suno's forbidden
   * placeholder, `missing` its None.mp3.
   */
  audio?: 'locked' | 'missing';
  /** gcui-style wrappers send lyrics as `lyric` rather than `prompt`. */
  lyricsAs?: 'prompt' | 'lyric';
}

export interface TaskSpec {
  id: string;
  /** What sunoapi.co returns as `prompt.prompt`. */
  prompt: string;
  clips: ClipSpec[];
  /** Key of the clock that drives this task's clips. */
  clockKey: string;
  /** Already complete at the first query (see `finishedTaskSize`). */
  finished?: boolean;
}
