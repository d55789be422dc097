import { lazy, Suspense, useId, useState } from 'react';
import type { Clip } from '../../domain/clip';
import { MenuOutlet, useInMenu, useMenuItem, useMenuOpen } from '../../ui/menu-item';

// Saving is rare next to looking: the list and the saving code load on first open.
const DownloadList = lazy(() => import('./download-list'));

/**
 * Every file of a clip, each named "<title> - <id8>.<ext>". Cross-origin files are fetched so
 * the name sticks; where the host refuses that, the file opens in a new tab instead.
 */
export function DownloadMenu({
  clip,
  lrc = null,
  refresh,
  shareLink,
}: {
  clip: Clip;
  /** The lyrics with line timings as an LRC file, when the provider timed them. */
  lrc?: string | null;
  /** Asks the provider for the clip again when a file's link fails. */
  refresh: (failedUrl: string) => Promise<Clip | null>;
  /** The clip's share link, for its MP3's tags. */
  shareLink?: string;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const menuId = useId();
  const item = useMenuItem();
  const inMenu = useInMenu();
  const menuOpen = useMenuOpen();
  // The files are a part of the card's menu: closed with it, so it opens as it first did.
  const [menuWasOpen, setMenuWasOpen] = useState(menuOpen);
  if (menuWasOpen !== menuOpen) {
    setMenuWasOpen(menuOpen);
    if (!menuOpen) setOpen(false);
  }

  return (
    // In a card's menu the files open below the item, as more items of that menu.
    <div className={inMenu ? 'contents' : 'relative'} role={inMenu ? 'none' : undefined}>
      <button
        type="button"
        {...item}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
      >
        Download
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DownloadList
            id={menuId}
            clip={clip}
            lrc={lrc}
            onClose={() => setOpen(false)}
            onSaved={setNote}
            refresh={refresh}
            shareLink={shareLink}
            inMenu={inMenu}
          />
        </Suspense>
      ) : null}
      {note ? (
        <MenuOutlet>
          <p role="status" className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
            {note}
          </p>
        </MenuOutlet>
      ) : null}
    </div>
  );
}
