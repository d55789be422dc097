import { useId } from 'react';
import { parseLyrics } from '../../domain/lyrics-sections';
import type { TimedLyrics } from '../../domain/timed-lyrics';
import { CopyButton } from '../../ui/copy-button';
import { FollowedLyrics, type LyricsPosition } from './followed-lyrics';

export type { LyricsPosition };

/** What following the music needs: the provider's timings, the playhead, and a way to seek. */
export interface LyricsFollow {
  timed: TimedLyrics;
  position: LyricsPosition;
  onSeek: (seconds: number) => void;
}

function StaticLyrics({ text }: { text: string | null }) {
  const sections = parseLyrics(text);
  if (sections.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No lyrics (instrumental, or not given).
      </p>
    );
  }
  return sections.map((section, i) => (
    <div key={i} className="space-y-0.5">
      {section.heading ? (
        <h4 className="text-sm font-semibold text-violet-700 dark:text-violet-300">
          {section.heading}
        </h4>
      ) : null}
      <p className="text-sm whitespace-pre-line [overflow-wrap:anywhere]">
        {section.lines.join('\n')}
      </p>
    </div>
  ));
}

/**
 * The lyrics under a "Lyrics" heading, section by section, with Copy lyrics. With the
 * provider's timings they follow playback; without, they are text, with nothing made up.
 */
export function LyricsSection({
  text,
  follow = null,
}: {
  text: string | null;
  follow?: LyricsFollow | null;
}) {
  // The clip page and the now-playing bar's lyrics may both be open.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          Lyrics
        </h3>
        {text ? <CopyButton label="Copy lyrics" text={text} /> : null}
      </div>
      {follow ? <FollowedLyrics {...follow} /> : <StaticLyrics text={text} />}
    </section>
  );
}
