/**
 * The normalized clip model. Provider files turn their raw JSON into this; nothing outside
 * `src/api/providers` ever sees a provider's shape.
 */

/** `unknown` is where a provider's status word is one we have never seen. */
export type ClipStatus = 'submitted' | 'queued' | 'streaming' | 'complete' | 'error' | 'unknown';

/** Every status, in the order a clip goes through them. */
export const CLIP_STATUSES: readonly ClipStatus[] = [
  'submitted',
  'queued',
  'streaming',
  'complete',
  'error',
  'unknown',
];

export const TERMINAL_STATUSES: ReadonlySet<ClipStatus> = new Set(['complete', 'error']);

export interface HistoryEntry {
  id: string;
  /** upload, extend, concat, infill, gen… kept as the provider says it. */
  type: string;
  source: string | null;
  infill: boolean;
  /** Seconds into the parent where this clip continues from. */
  continueAt: number | null;
}

/**
 * How a clip was made from another, as newer Suno models say it (`cover_clip_id`,
 * `upsample_clip_id`, `edited_clip_id`, `metadata.task`, `clip_roots`…).
 */
export type OriginKind =
  | 'cover'
  | 'remix'
  | 'upsample'
  | 'remaster'
  | 'edit'
  | 'stem'
  | 'speed'
  | 'extend'
  | 'infill'
  | 'concat'
  | 'derived';

export interface ClipOrigin {
  kind: OriginKind;
  /** Null when the provider names the kind but not the parent. */
  parentId: string | null;
  /** The parent's title when the provider gives it (`clip_roots`). */
  parentTitle: string | null;
}

/** Why a clip that should have audio has none the app can play. */
/** `foreign-host`: the link points somewhere the provider does not keep its media. */
export type AudioProblem = 'locked' | 'missing' | 'foreign-host';

export interface Clip {
  id: string;
  /** Empty when the provider gave none; the UI shows "Untitled clip". */
  title: string;
  status: ClipStatus;
  /** The provider's own word, for the "unknown" badge and debugging. */
  rawStatus: string;
  handle: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  /** Every URL here is http(s) or null: unsafe or empty ones are dropped at the boundary. */
  audioUrl: string | null;
  /** Set when the provider sent a placeholder instead of audio (locked or never rendered). */
  audioProblem: AudioProblem | null;
  videoUrl: string | null;
  imageUrl: string | null;
  imageLargeUrl: string | null;
  isVideoPending: boolean;
  modelName: string | null;
  modelVersion: string | null;
  /** ISO 8601 as sent; null when missing or unparsable. */
  createdAt: string | null;
  tags: string[];
  lyrics: string | null;
  descriptionPrompt: string | null;
  /** The task-level prompt (sunoapi.co's `prompt.prompt`). */
  taskPrompt: string | null;
  /** Seconds. */
  duration: number | null;
  /** gen, upload or concat. */
  clipType: string | null;
  history: HistoryEntry[];
  concatHistory: HistoryEntry[];
  /** The clip this one was made from (`audio_prompt_id` without its `m_`, or the origin's). */
  parentId: string | null;
  /** How it was made from its parent, when the provider says. */
  origin: ClipOrigin | null;
  errorType: string | null;
  errorMessage: string | null;
  playCount: number | null;
  upvoteCount: number | null;
  isPublic: boolean | null;
  hasVocal: boolean | null;
}

/** One lookup's answer: the clips and, for task-style providers, the task. */
export interface LookupResult {
  taskId: string | null;
  /** The task-level status word where the provider gives one. */
  taskStatus: string | null;
  clips: Clip[];
  /** Clips the provider sent whose ID is not an ID: not shown, since nothing can link them. */
  unusableClips: number;
}

export function isTerminal(status: ClipStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** A clip whose audio is done and whose video is either there or never coming. */
export function isSettled(clip: Clip): boolean {
  if (!isTerminal(clip.status)) return false;
  return clip.status === 'error' || !clip.isVideoPending;
}

/** A clip the player can start: finished, or streaming live. */
export function isPlayable(clip: Pick<Clip, 'audioUrl' | 'status'>): boolean {
  return clip.audioUrl !== null && (clip.status === 'complete' || clip.status === 'streaming');
}

/**
 * The finished MP3, or null while the clip streams, failed or has no audio: what a waveform
 * is measured from, a take is compared with, and a download saves.
 */
export function finalAudioUrl(clip: Pick<Clip, 'audioUrl' | 'status'>): string | null {
  return clip.status === 'complete' ? clip.audioUrl : null;
}

export function displayTitle(clip: Pick<Clip, 'title'>): string {
  const t = clip.title.trim();
  return t.length > 0 ? t : 'Untitled clip';
}

/** Text on one line, with runs of spaces and breaks as one space. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const NAME_CHARS = 60;

/** Text cut to a heading's length on one line, an ellipsis where it was cut. */
export function shortened(text: string, max = NAME_CHARS): string {
  const points = Array.from(oneLine(text));
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : points.join('');
}

/**
 * What a task is called where people read it: its prompt, else its first clip's title; null
 * until either is known (callers show the start of its ID).
 */
export function taskName(clips: readonly Clip[]): string | null {
  const prompt = clips.find((c) => oneLine(c.taskPrompt))?.taskPrompt;
  if (prompt) return shortened(prompt);
  const titled = clips.find((c) => oneLine(c.title));
  return titled ? shortened(titled.title) : null;
}

/** Who a clip is by, as tags, playlists, the tab and the bar name it: display name, else handle. */
/**
 * "Take 2": a clip's place among its task's takes (`takes`: each task's clip IDs), counting
 * from 1; null when the clip is in none, or its task has only one.
 */
export function takeNumberIn(takes: readonly (readonly string[])[], clipId: string): number | null {
  const task = takes.find((t) => t.includes(clipId));
  return task && task.length > 1 ? task.indexOf(clipId) + 1 : null;
}

export function artistName(clip: Pick<Clip, 'displayName' | 'handle'>): string {
  return oneLine(clip.displayName) || oneLine(clip.handle);
}

/** A clip known only by its ID: the start for clips built from anything but a provider answer. */
export function blankClip(id: string): Clip {
  return {
    id,
    title: '',
    status: 'unknown',
    rawStatus: '',
    handle: null,
    displayName: null,
    avatarUrl: null,
    audioUrl: null,
    audioProblem: null,
    videoUrl: null,
    imageUrl: null,
    imageLargeUrl: null,
    isVideoPending: false,
    modelName: null,
    modelVersion: null,
    createdAt: null,
    tags: [],
    lyrics: null,
    descriptionPrompt: null,
    taskPrompt: null,
    duration: null,
    clipType: null,
    history: [],
    concatHistory: [],
    parentId: null,
    origin: null,
    errorType: null,
    errorMessage: null,
    playCount: null,
    upvoteCount: null,
    isPublic: null,
    hasVocal: null,
  };
}

/**
 * Kept between a shared or cued moment and the clip's end: a moment at the very end is
 * treated differently by each browser (some restart at 0, some end and move on at once).
 */
export const END_MARGIN_SECONDS = 0.5;

/**
 * How far before the end a seek to the end lands. WebKit, asked for the exact end of a
 * MediaSource whose last bytes have not arrived, jumps to 0 and pauses; a moment before it
 * is fetched and played, and the clip ends as in other engines.
 */
export const SEEK_END_MARGIN_SECONDS = 0.05;

/** Where a seek lands: within the clip, the very end kept just out of reach. */
export function seekWithin(at: number, duration: number): number {
  if (!(duration > SEEK_END_MARGIN_SECONDS) || !Number.isFinite(duration)) return Math.max(0, at);
  return Math.max(0, Math.min(at, duration - SEEK_END_MARGIN_SECONDS));
}

/**
 * Whether two positions are the same moment to a listener. "Play from 0:30" on a clip cued
 * at 0:30 plays on from there: a seek would drop what was fetched for the cue and fetch it
 * again where the buffer starts a frame late (Firefox's MP3 in MP4).
 */
export function sameMoment(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.25;
}

/** A moment to start at, kept a little before the end when the clip's length is known. */
export function startWithin(at: number, duration: number | null | undefined): number {
  const start = Math.max(0, at);
  if (!duration || !Number.isFinite(duration) || duration <= END_MARGIN_SECONDS) return start;
  return Math.min(start, duration - END_MARGIN_SECONDS);
}
