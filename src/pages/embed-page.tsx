import { lazy, Suspense, useCallback, useState } from 'react';
import { PROVIDERS } from '../domain/providers';
import { buildShareLink, parseEmbedParams } from '../domain/share-link';
import { readSnapshot } from '../domain/share-snapshot';
import { EmbedPlayer } from '../features/embed';
import { useEmbedClip } from './use-embed-clip';
import { useEmbedLyrics } from './use-embed-lyrics';

// Only a visitor with no key for a real provider's clip is told anything.
const KeylessNotice = lazy(() => import('./keyless-notice'));

/** The address of this embed, read once: it never changes while the player is open. */
function readAddress() {
  const { pathname, search, hash, origin } = window.location;
  const read = parseEmbedParams(pathname, search);
  const snapshot = readSnapshot(hash);
  return {
    target: read?.ok ? read.target : null,
    problem: read && !read.ok ? read.message : null,
    snapshot: snapshot?.ok ? snapshot.snapshot : null,
    hash,
    origin,
  };
}

/** `/embed/<task|clips>/<ids>?p=…&clip=…&t=…`: one clip's compact player, for iframes. */
export default function EmbedPage() {
  return (
    <main className="h-dvh">
      <EmbedContent />
    </main>
  );
}

function EmbedContent() {
  const [address] = useState(readAddress);
  const { target } = address;
  const data = useEmbedClip(target, address.snapshot);
  const [lyricsWanted, setLyricsWanted] = useState(false);
  const wantLyrics = useCallback(() => setLyricsWanted(true), []);
  const lineAt = useEmbedLyrics(target, data.state === 'ready' ? data.clip : null, lyricsWanted);

  if (!target || data.state === 'failed') {
    const message = address.problem ?? (data.state === 'failed' ? data.message : '');
    return (
      <p role="alert" className="p-3 text-sm [overflow-wrap:anywhere]">
        {message}{' '}
        <a href="/" target="_blank" rel="noopener" className="font-medium underline">
          Open Clip Viewer ↗
        </a>
      </p>
    );
  }
  if (data.state === 'loading') {
    return <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">Loading the clip…</p>;
  }
  // The full page keeps the link's playable copy, if it had one.
  const pageUrl = `${buildShareLink(address.origin, target)}${address.hash}`;
  return (
    <EmbedPlayer
      clip={data.clip}
      start={target.at ?? 0}
      pageUrl={pageUrl}
      lineAt={lineAt}
      onLyricsWanted={wantLyrics}
      notice={
        data.keyless ? (
          <Suspense fallback={null}>
            <KeylessNotice
              keyless={data.keyless}
              providerLabel={PROVIDERS[target.provider].label}
              compact
            />
          </Suspense>
        ) : null
      }
    />
  );
}
