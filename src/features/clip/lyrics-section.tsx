import { CopyButton } from '../../ui/copy-button';
import { parseLyrics } from '../../domain/lyrics-sections';

/** The lyrics under a "Lyrics" heading, section by section, with Copy lyrics. */
export function LyricsSection({ text }: { text: string | null }) {
  const sections = parseLyrics(text);
  return (
    <section aria-labelledby="lyrics-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="lyrics-heading" className="text-lg font-semibold">
          Lyrics
        </h3>
        {text ? <CopyButton label="Copy lyrics" text={text} /> : null}
      </div>
      {sections.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No lyrics (instrumental, or not given).
        </p>
      ) : (
        sections.map((section, i) => (
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
        ))
      )}
    </section>
  );
}
