/**
 * What a ZIP of many clips holds besides the files themselves: their names, the playlist
 * and the ZIP's own name. Pure, so the rules are tested without a network or a ZIP.
 */
import { artistName, displayTitle, oneLine, type Clip } from '../../domain/clip';
import { downloadFileName } from '../../lib/file-name';

/** A ZIP of clips from no single task, or from a task whose prompt is not known yet. */
export const FALLBACK_ZIP_TITLE = 'Suno clips';

/** One of a clip's files in the ZIP: "<title> - <id8>.<ext>", as a single download names it. */
export function clipFileName(clip: Pick<Clip, 'id' | 'title'>, ext: string): string {
  return downloadFileName(displayTitle(clip), clip.id, ext);
}

/** "<task title or Suno clips> - <id8 of the task or first clip>.zip" */
export function zipFileName(title: string | null, id: string): string {
  return downloadFileName(title?.trim() || FALLBACK_ZIP_TITLE, id, 'zip');
}

export interface PlaylistTrack {
  /** The audio file's name inside the ZIP; the playlist lies beside it, so this is its path. */
  file: string;
  clip: Pick<Clip, 'title' | 'displayName' | 'handle' | 'duration'>;
}

/**
 * An extended M3U playlist (UTF-8, hence .m3u8) of the tracks in the order given: players
 * show "<artist> - <title>" and the length before reading the files. An unknown length is
 * -1, as the format says.
 */
export function playlistText(tracks: readonly PlaylistTrack[]): string {
  const lines = ['#EXTM3U'];
  for (const { file, clip } of tracks) {
    const seconds =
      clip.duration !== null && Number.isFinite(clip.duration) ? Math.round(clip.duration) : -1;
    const artist = artistName(clip);
    const title = oneLine(displayTitle(clip));
    lines.push(`#EXTINF:${seconds},${oneLine(artist ? `${artist} - ${title}` : title)}`);
    lines.push(oneLine(file));
  }
  return `${lines.join('\n')}\n`;
}
