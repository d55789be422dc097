/**
 * What a saved MP3 says about itself: which fact of a clip goes in which ID3 frame. Pure, so
 * the choices are tested without a writer; write-mp3-tags.ts puts them into the file.
 */
import { artistName, oneLine, type Clip } from '../../domain/clip';
import { parseLrc } from '../../domain/lrc';
import { isFrameSync } from '../../domain/mp3-header';
import { modelLabel } from '../../domain/suno-models';

/** One frame as the writer takes it; the cover (APIC) is added by the writer, from bytes. */
export type Mp3Frame =
  | { id: 'TIT2' | 'TALB'; value: string }
  | { id: 'TPE1' | 'TCON'; value: string[] }
  | { id: 'TYER'; value: number }
  | { id: 'USLT'; value: { description: string; language: string; lyrics: string } }
  | { id: 'TXXX'; value: { description: string; value: string } }
  | {
      id: 'SYLT';
      value: {
        /** 1: lyrics. */
        type: 1;
        /** Each line with its start in milliseconds. */
        text: [string, number][];
        /** 2: milliseconds. */
        timestampFormat: 2;
        language: string;
        description: string;
      };
    };

export interface Mp3Tags {
  frames: Mp3Frame[];
  /** The cover to embed as the front-cover picture, when the clip has one. */
  coverUrl: string | null;
}

/** What the tags are made from: the clip and, where the page knows it, its share link. */
export interface TagSource {
  clip: Clip;
  shareLink?: string | null;
  /** The clip's timed lyrics as LRC, where its provider times them: the synced lyrics. */
  lrc?: string | null;
}

// A prompt can be a paragraph; players show the album on one short line.
const MAX_ALBUM_CHARS = 120;
const FALLBACK_ALBUM = 'Suno';

function albumOf(clip: Clip): string {
  const album = oneLine(clip.taskPrompt) || oneLine(clip.title) || FALLBACK_ALBUM;
  return album.length > MAX_ALBUM_CHARS ? `${album.slice(0, MAX_ALBUM_CHARS - 1)}…` : album;
}

function yearOf(createdAt: string | null): number | null {
  if (!createdAt) return null;
  const year = new Date(createdAt).getUTCFullYear();
  // ID3v2.3's TYER is four digits.
  return Number.isFinite(year) && year >= 1000 && year <= 9999 ? year : null;
}

/** The frames for a clip's MP3, leaving out what the clip does not have. */
export function mp3TagsOf({ clip, shareLink, lrc }: TagSource): Mp3Tags {
  const frames: Mp3Frame[] = [];
  const title = oneLine(clip.title);
  if (title) frames.push({ id: 'TIT2', value: title });
  const artist = artistName(clip);
  if (artist) frames.push({ id: 'TPE1', value: [artist] });
  frames.push({ id: 'TALB', value: albumOf(clip) });
  const year = yearOf(clip.createdAt);
  if (year !== null) frames.push({ id: 'TYER', value: year });
  const genres = clip.tags.map(oneLine).filter((t) => t.length > 0);
  if (genres.length > 0) frames.push({ id: 'TCON', value: genres });
  const lyrics = clip.lyrics?.trim();
  // The language is unknown; ID3 reserves "XXX" for that.
  if (lyrics) frames.push({ id: 'USLT', value: { description: '', language: 'XXX', lyrics } });
  const synced = lrc ? parseLrc(lrc).filter((line) => line.text !== '') : [];
  if (synced.length > 0) {
    const text = synced.map((l): [string, number] => [l.text, Math.round(l.seconds * 1000)]);
    frames.push({
      id: 'SYLT',
      value: { type: 1, text, timestampFormat: 2, language: 'XXX', description: '' },
    });
  }
  const extra: [string, string | null | undefined][] = [
    ['Suno clip ID', clip.id],
    ['Suno model', modelLabel(clip.modelName, clip.modelVersion)],
    ['Share link', shareLink],
  ];
  for (const [description, value] of extra) {
    if (value) frames.push({ id: 'TXXX', value: { description, value } });
  }
  return { frames, coverUrl: clip.imageLargeUrl ?? clip.imageUrl };
}

/** Whether these bytes start like an MP3: an ID3 tag or an MPEG audio frame sync. */
export function looksLikeMp3(head: Uint8Array): boolean {
  if (head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return true;
  return isFrameSync(head[0] ?? 0, head[1] ?? 0);
}
