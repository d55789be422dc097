import { downloadFileName } from '../../lib/file-name';

export interface DownloadItem {
  label: string;
  ext: string;
  /** A URL to fetch, or text made here. */
  source: { url: string } | { text: string; type: string };
}

function saveBlob(blob: Blob, name: string): void {
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
 * Saves one file of a clip as "<title> - <id8>.<ext>". Cross-origin files are fetched so the
 * name sticks; where the host refuses that, the file opens in a new tab instead. Returns a note
 * for the person when that happened, else null.
 */
export async function saveItem(
  item: DownloadItem,
  title: string,
  clipId: string,
): Promise<string | null> {
  const name = downloadFileName(title, clipId, item.ext);
  if ('text' in item.source) {
    saveBlob(new Blob([item.source.text], { type: item.source.type }), name);
    return null;
  }
  try {
    const res = await fetch(item.source.url, { mode: 'cors', credentials: 'omit' });
    if (!res.ok) throw new Error(String(res.status));
    saveBlob(await res.blob(), name);
    return null;
  } catch {
    window.open(item.source.url, '_blank', 'noopener');
    return `The file host does not let this page save the ${item.label.toLowerCase()} under its name, so it opened in a new tab; save it from there.`;
  }
}
