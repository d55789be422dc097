/**
 * The files of a ZIP of clips, made one clip at a time as the ZIP asks for them: only the
 * clip being read is in memory, never the whole set. A clip that cannot be read is left out
 * and said why; the others still go in.
 */
import { audioDownloadOf } from '../../domain/audio-format';
import { displayTitle, finalAudioUrl, type Clip } from '../../domain/clip';
import { fetchHealed, refusalOf, sameFile, typedAs } from './fetch-media';
import { tagged } from './save-file';
import { coverForTag } from './write-mp3-tags';
import { clipFileName, playlistText, type PlaylistTrack } from './zip-parts';

export interface ZipJob {
  /** In gallery order: the playlist keeps it. */
  clips: readonly Clip[];
  /** Asks the provider for the clip again when one of its links fails (see use-media-refresh). */
  refresh: (clipId: string, failedUrl: string) => Promise<Clip | null>;
  /** The clip's share link, written into its MP3's tags. */
  shareLinkOf?: (clip: Clip) => string | undefined;
  /** The clip's timed lyrics as LRC, or null where the provider has no timings for it. */
  lrcOf?: (clip: Clip, signal: AbortSignal) => Promise<string | null>;
  /** After each clip, whether it went in or not. */
  onProgress?: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** A clip that is not in the ZIP, and why, in words for the person. */
export interface LeftOut {
  title: string;
  reason: string;
}

export interface ZipReport {
  included: number;
  leftOut: LeftOut[];
  /** What went in differently than asked (an MP3 without its cover or tags). */
  notes: string[];
}

export interface ZipEntry {
  name: string;
  input: Blob;
  lastModified: Date;
}

function dateOf(clip: Clip): Date {
  const made = clip.createdAt ? new Date(clip.createdAt) : null;
  return made && Number.isFinite(made.getTime()) ? made : new Date();
}

function notReady(clip: Clip): string | null {
  if (clip.status === 'error') return 'it failed';
  if (clip.status !== 'complete') return 'it is not finished yet';
  return finalAudioUrl(clip) ? null : 'it has no audio';
}

type ClipFiles = { entries: ZipEntry[]; track: PlaylistTrack; note: string | null };

/** The clip's audio (tagged when MP3), its cover and its LRC; or why it cannot go in. */
async function clipFiles(clip: Clip, job: ZipJob): Promise<ClipFiles | string> {
  const { signal } = job;
  const why = notReady(clip);
  const audioUrl = finalAudioUrl(clip);
  if (why || !audioUrl) return why ?? 'it has no audio';
  const freshUrl = (ext: string) => async (failed: string) => {
    const fresh = await job.refresh(clip.id, failed);
    return fresh ? sameFile(ext, fresh) : null;
  };
  const { ext, type } = audioDownloadOf(audioUrl);
  const audio = (await fetchHealed(audioUrl, freshUrl(ext), signal)).file;
  if (!(audio instanceof Blob)) return refusalOf(audio);

  const lastModified = dateOf(clip);
  const entries: ZipEntry[] = [];
  const coverUrl = clip.imageLargeUrl ?? clip.imageUrl;
  const cover = coverUrl ? (await fetchHealed(coverUrl, freshUrl('jpeg'), signal)).file : null;
  const coverBlob = cover instanceof Blob ? cover : null;
  const lrc = job.lrcOf ? await job.lrcOf(clip, signal).catch(() => null) : null;
  signal.throwIfAborted();
  let file = typedAs(audio, type);
  let note: string | null = null;
  if (ext === 'mp3') {
    const source = { clip, shareLink: job.shareLinkOf?.(clip), lrc };
    const out = await tagged(file, source, () =>
      coverBlob ? coverForTag(coverBlob) : Promise.resolve(null),
    );
    file = out.file;
    note = out.note;
  }
  const name = clipFileName(clip, ext);
  entries.push({ name, input: file, lastModified });
  if (lrc) {
    const input = new Blob([lrc], { type: 'text/plain;charset=utf-8' });
    entries.push({ name: clipFileName(clip, 'lrc'), input, lastModified });
  }
  if (coverBlob) entries.push({ name: clipFileName(clip, 'jpeg'), input: coverBlob, lastModified });
  return { entries, track: { file: name, clip }, note };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Every clip's files in order, then the playlist named `playlistName`. Fills `report` as it
 * goes, so the caller can tell the person once the ZIP is written. Throws the AbortError once
 * the job's signal is aborted, which stops the ZIP.
 */
export async function* zipEntries(
  job: ZipJob,
  playlistName: string,
  report: ZipReport,
): AsyncGenerator<ZipEntry> {
  const tracks: PlaylistTrack[] = [];
  const total = job.clips.length;
  for (const [index, clip] of job.clips.entries()) {
    job.signal.throwIfAborted();
    let files: ClipFiles | string;
    try {
      files = await clipFiles(clip, job);
    } catch (error) {
      if (isAbort(error) || job.signal.aborted) throw error;
      files = 'it could not be read';
    }
    job.signal.throwIfAborted();
    if (typeof files === 'string') {
      report.leftOut.push({ title: displayTitle(clip), reason: files });
    } else {
      report.included += 1;
      tracks.push(files.track);
      if (files.note) report.notes.push(`${displayTitle(clip)}: ${files.note}`);
      yield* files.entries;
    }
    job.onProgress?.(index + 1, total);
  }
  if (tracks.length > 0) {
    const input = new Blob([playlistText(tracks)], { type: 'audio/x-mpegurl' });
    yield { name: playlistName, input, lastModified: new Date() };
  }
}
