import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { timeLyrics, type AlignedWord } from '../../domain/timed-lyrics';
import { LyricsSection } from './lyrics-section';

const TEXT = '[Verse]\nSalt on the window\nNever sung here at all\n\n[Chorus]\nHold on';
const w = (word: string, start: number, success = true): AlignedWord => ({
  word,
  start,
  end: start + 0.4,
  success,
});
const WORDS = [
  w('[Verse]\nSalt ', 10),
  w('on ', 10.5),
  w('the ', 11),
  w('window\n\n', 11.5),
  w('[Chorus]\nHold ', 20),
  w('on\n', 20.5),
];
const timed = timeLyrics(WORDS, TEXT);
if (!timed) throw new Error('expected timings');

// jsdom lays nothing out and has no element scrolling.
Element.prototype.scrollTo = vi.fn();

function region() {
  return screen.getByRole('region', { name: 'Lyrics' });
}

describe('LyricsSection', () => {
  it('without timings shows the text by section, with no line buttons and no mark', () => {
    render(<LyricsSection text={TEXT} />);
    expect(within(region()).getByRole('heading', { name: 'Chorus' })).toBeTruthy();
    expect(region().textContent).toContain('Salt on the window');
    expect(within(region()).queryAllByRole('listitem')).toHaveLength(0);
    expect(region().querySelector('[aria-current]')).toBeNull();
  });

  it('marks the line being sung and the word in it; untimed lines are text', () => {
    const onSeek = vi.fn();
    render(
      <LyricsSection text={TEXT} follow={{ timed, position: { line: 0, word: 1 }, onSeek }} />,
    );
    const lines = within(region()).getAllByRole('button', { name: /^(Salt|Hold)/ });
    expect(lines.map((b) => b.textContent)).toEqual(['Salt on the window', 'Hold on']);
    expect(lines[0]?.getAttribute('aria-current')).toBe('true');
    expect(lines[1]?.hasAttribute('aria-current')).toBe(false);
    expect(region().querySelector('[data-current-word]')?.textContent).toBe('on');
    const untimed = within(region())
      .getAllByRole('listitem')
      .find((li) => li.textContent === 'Never sung here at all');
    expect(untimed?.querySelector('button')).toBeNull();
    expect(within(region()).getByRole('heading', { name: 'Verse' })).toBeTruthy();
  });

  it('seeks to a line’s start on click and on Enter', async () => {
    const onSeek = vi.fn();
    render(
      <LyricsSection text={TEXT} follow={{ timed, position: { line: -1, word: -1 }, onSeek }} />,
    );
    expect(region().querySelector('[aria-current]')).toBeNull();
    const user = userEvent.setup();
    await user.click(within(region()).getByRole('button', { name: 'Hold on' }));
    expect(onSeek).toHaveBeenLastCalledWith(20);
    within(region()).getByRole('button', { name: 'Salt on the window' }).focus();
    await user.keyboard('{Enter}');
    expect(onSeek).toHaveBeenLastCalledWith(10);
  });
});
