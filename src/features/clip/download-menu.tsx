import { useEffect, useId, useRef, useState } from 'react';
import { displayTitle, type Clip } from '../../api/clip';
import { downloadFileName } from '../../lib/file-name';
import { secondaryButton } from '../../ui/button-styles';
import { clipJson } from './clip-json';

interface DownloadItem {
  label: string;
  ext: string;
  /** A URL to fetch, or text made here. */
  source: { url: string } | { text: string; type: string };
}

function itemsFor(clip: Clip): DownloadItem[] {
  const items: DownloadItem[] = [];
  if (clip.audioUrl && clip.status === 'complete')
    items.push({ label: 'MP3 audio', ext: 'mp3', source: { url: clip.audioUrl } });
  if (clip.videoUrl && !clip.isVideoPending)
    items.push({ label: 'MP4 video', ext: 'mp4', source: { url: clip.videoUrl } });
  const cover = clip.imageLargeUrl ?? clip.imageUrl;
  if (cover) items.push({ label: 'Cover image', ext: 'jpeg', source: { url: cover } });
  if (clip.lyrics)
    items.push({
      label: 'Lyrics (text)',
      ext: 'txt',
      source: { text: clip.lyrics, type: 'text/plain;charset=utf-8' },
    });
  items.push({
    label: 'Details (JSON)',
    ext: 'json',
    source: { text: clipJson(clip), type: 'application/json' },
  });
  return items;
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
 * Every file of a clip, each named "<title> - <id8>.<ext>". Cross-origin files are fetched so
 * the name sticks; where the host refuses that, the file opens in a new tab instead.
 */
export function DownloadMenu({ clip }: { clip: Clip }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);
  const items = itemsFor(clip);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e instanceof MouseEvent && box.current?.contains(e.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  async function download(item: DownloadItem) {
    setOpen(false);
    const name = downloadFileName(displayTitle(clip), clip.id, item.ext);
    if ('text' in item.source) {
      saveBlob(new Blob([item.source.text], { type: item.source.type }), name);
      setNote(null);
      return;
    }
    try {
      const res = await fetch(item.source.url, { mode: 'cors', credentials: 'omit' });
      if (!res.ok) throw new Error(String(res.status));
      saveBlob(await res.blob(), name);
      setNote(null);
    } catch {
      window.open(item.source.url, '_blank', 'noopener');
      setNote(
        `The file host does not let this page save the ${item.label.toLowerCase()} under its name, so it opened in a new tab; save it from there.`,
      );
    }
  }

  return (
    <div ref={box} className="relative">
      <button
        type="button"
        className={secondaryButton}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
      >
        Download
      </button>
      {open ? (
        <ul
          id={menuId}
          aria-label="Download files"
          className="absolute bottom-full left-0 z-10 mb-1 w-48 rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {items.map((item) => (
            <li key={item.ext}>
              <button
                type="button"
                onClick={() => void download(item)}
                className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {note ? (
        <p role="status" className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
          {note}
        </p>
      ) : null}
    </div>
  );
}
