import { useEffect, useState } from 'react';

type Modules = { text: string; dark: boolean[][] } | { text: string; dark: null };

/** Every dark module as one SVG path: a few hundred squares, one element, no inline script. */
function pathOf(dark: boolean[][]): string {
  const parts: string[] = [];
  dark.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/**
 * A QR code of the share link, for moving a clip to a phone. The encoder loads only when a
 * share dialog opens; dark on a white quiet zone in both themes, since scanners expect that.
 */
export function QrCode({ text }: { text: string }) {
  const [modules, setModules] = useState<Modules | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => {
      let dark: boolean[][] | null;
      try {
        dark = encode(text, { ecc: 'L', border: 2 }).data;
      } catch {
        // Longer than a QR code holds (a link with a long playable copy).
        dark = null;
      }
      if (live) setModules({ text, dark });
    });
    return () => {
      live = false;
    };
  }, [text]);

  if (!modules || modules.text !== text) {
    return <div aria-hidden="true" className="size-40 rounded-lg bg-zinc-100 dark:bg-zinc-800" />;
  }
  if (!modules.dark) {
    return (
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        This link is too long for a QR code; without the playable copy it fits.
      </p>
    );
  }
  const size = modules.dark.length;
  return (
    <svg
      role="img"
      aria-label="QR code of the share link"
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className="size-40 rounded-lg bg-white"
    >
      <path d={pathOf(modules.dark)} fill="#000" />
    </svg>
  );
}
