import { Fragment, memo, useEffect, useRef } from 'react';
import type { TimedLine, TimedLyrics } from '../../domain/timed-lyrics';

/** Where the playhead is in the lyrics: a line's index and a word's, -1 for none. */
export interface LyricsPosition {
  line: number;
  word: number;
}

/** After the person scrolls the lyrics, they stay where they put them for this long. */
const HANDS_OFF_MS = 4000;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

const lineClass =
  'block w-full rounded-md px-2 py-0.5 text-left text-sm [overflow-wrap:anywhere] motion-safe:transition-colors';

interface LineProps {
  line: TimedLine;
  current: boolean;
  /** The word being sung (its index among all words), or -1. */
  word: number;
  onSeek: (seconds: number) => void;
}

/** One line; only the lines whose state changes re-render as the song goes on. */
const LyricLine = memo(function LyricLine({ line, current, word, onSeek }: LineProps) {
  if (line.text.trim() === '') return <li aria-hidden="true" className="h-3" />;
  const words = line.words.map((w, i) => {
    const sung = line.firstWord + i === word;
    return (
      <Fragment key={i}>
        {i > 0 ? ' ' : null}
        <span
          data-current-word={sung ? 'true' : undefined}
          className={sung ? 'rounded bg-violet-200 dark:bg-violet-700' : undefined}
        >
          {w.text}
        </span>
      </Fragment>
    );
  });
  const start = line.start;
  // A line no sung word was placed in cannot be sought to: it is shown as text.
  if (start === null) {
    return (
      <li>
        <span className={`${lineClass} text-zinc-600 dark:text-zinc-400`}>{words}</span>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        data-line={line.index}
        aria-current={current ? 'true' : undefined}
        onClick={() => onSeek(start)}
        className={`${lineClass} hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-600 dark:hover:bg-zinc-800 ${
          current
            ? 'bg-violet-50 font-semibold text-violet-900 dark:bg-violet-950 dark:text-violet-100'
            : ''
        }`}
      >
        {words}
      </button>
    </li>
  );
});

interface FollowedLyricsProps {
  timed: TimedLyrics;
  position: LyricsPosition;
  onSeek: (seconds: number) => void;
}

/**
 * The lyrics following playback: the line being sung marked (`aria-current`) and kept in view
 * inside its own scroll box, unless the person scrolled it a moment ago; each timed line seeks
 * to its start.
 */
export function FollowedLyrics({ timed, position, onSeek }: FollowedLyricsProps) {
  const box = useRef<HTMLDivElement>(null);
  const touchedAt = useRef(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const touched = () => {
      touchedAt.current = Date.now();
    };
    const keyed = (e: KeyboardEvent) => {
      if (SCROLL_KEYS.has(e.key)) touched();
    };
    const passive = { passive: true } as const;
    el.addEventListener('wheel', touched, passive);
    el.addEventListener('touchmove', touched, passive);
    el.addEventListener('keydown', keyed);
    return () => {
      el.removeEventListener('wheel', touched);
      el.removeEventListener('touchmove', touched);
      el.removeEventListener('keydown', keyed);
    };
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || position.line < 0 || Date.now() - touchedAt.current < HANDS_OFF_MS) return;
    const line = el.querySelector<HTMLElement>(`[data-line="${position.line}"]`);
    if (!line) return;
    // The box is the line's offset parent: only the box scrolls, never the page around it.
    const top = line.offsetTop - (el.clientHeight - line.offsetHeight) / 2;
    el.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [position.line]);

  return (
    <div
      ref={box}
      data-testid="followed-lyrics"
      className="relative max-h-96 space-y-3 overflow-y-auto rounded-xl border border-zinc-200 p-2 dark:border-zinc-800"
    >
      {timed.sections.map((section, s) => (
        <div key={s} className="space-y-0.5">
          {section.heading ? (
            <h4 className="px-2 text-sm font-semibold text-violet-700 dark:text-violet-300">
              {section.heading}
            </h4>
          ) : null}
          <ul className="list-none">
            {section.lines.map((line) => {
              const current = line.index === position.line;
              return (
                <LyricLine
                  key={line.index}
                  line={line}
                  current={current}
                  word={current ? position.word : -1}
                  onSeek={onSeek}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
