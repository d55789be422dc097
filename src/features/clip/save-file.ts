import { downloadFileName } from '../../lib/file-name';
import { fetchHealed, typedAs } from './fetch-media';
import { mp3TagsOf, type TagSource } from './mp3-tags';

export interface DownloadItem {
  label: string;
  ext: string;
  /**
   * A URL to fetch (and how to ask for a fresh one), with the type the file is saved as when
   * its host sends none better; or text made here.
   */
  source: { url: string; type?: string } | { text: string; type: string };
}

/** Hands the bytes to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * The MP3 with the clip's tags written in, and a note when they could not all go in. The
 * writer loads here, on the first MP3 saved, never with the page. `cover` gives the cover's
 * bytes where the caller has them already (a ZIP holds the cover too); else it is fetched.
 */
export async function tagged(
  file: Blob,
  source: TagSource,
  cover?: (url: string) => Promise<ArrayBuffer | null>,
): Promise<{ file: Blob; note: string | null }> {
  try {
    const { writeMp3Tags } = await import('./write-mp3-tags');
    const result = await writeMp3Tags(file, mp3TagsOf(source), cover);
    if (!result) return { file, note: null };
    const note = result.withCover
      ? null
      : 'The MP3 is tagged, but without its cover: the cover could not be read.';
    return { file: result.file, note };
  } catch {
    return { file, note: 'The MP3 was saved as it came, without tags: they could not be written.' };
  }
}

/**
 * Saves one file of a clip as "<title> - <id8>.<ext>". Cross-origin files are fetched so the
 * name sticks. A link that fails may have expired: `freshUrl` asks the provider for a new one,
 * once. Where the host and the app's media relay both refuse, the file opens in a new tab.
 * An MP3 is saved with the clip's ID3 tags when `tags` is given (other audio as it came).
 * Returns a note for the person when something other than a plain save happened.
 */
export async function saveItem(
  item: DownloadItem,
  title: string,
  clipId: string,
  freshUrl: (failedUrl: string) => Promise<string | null>,
  tags?: TagSource,
): Promise<string | null> {
  const name = downloadFileName(title, clipId, item.ext);
  if ('text' in item.source) {
    saveBlob(new Blob([item.source.text], { type: item.source.type }), name);
    return null;
  }
  const { file, url } = await fetchHealed(item.source.url, freshUrl);
  const what = item.label.toLowerCase();
  if (file instanceof Blob) {
    const typed = typedAs(file, item.source.type);
    const out =
      tags && item.ext === 'mp3' ? await tagged(typed, tags) : { file: typed, note: null };
    saveBlob(out.file, name);
    return out.note;
  }
  if (typeof file === 'number') {
    return `The provider refused the ${what} (HTTP ${file}): its link has expired or the file is locked, even after asking for a fresh link. Try again later.`;
  }
  window.open(url, '_blank', 'noopener');
  const untagged =
    tags && item.ext === 'mp3' ? ' That copy has no tags (title, artist, cover, lyrics).' : '';
  return `The file host does not let this page save the ${what} under its name, so it opened in a new tab; save it from there.${untagged}`;
}
