/**
 * Word timings as Suno's aligner hands them out, whichever provider passes them on:
 * `[{word, success, start_s, end_s, p_align}]`. Each provider's reader finds the list in its
 * own envelope; this reads the list itself into the app's one word shape.
 */
import * as v from 'valibot';
import type { AlignedWord } from '../../timed-lyrics';
import { ApiError } from '../../errors';

const seconds = v.union([
  v.pipe(v.number(), v.finite(), v.minValue(0)),
  // A few relays pass numbers on as strings.
  v.pipe(v.string(), v.trim(), v.regex(/^\d+(\.\d+)?$/), v.transform(Number)),
]);

const wordSchema = v.object({
  word: v.string(),
  // An aligner that says nothing about its confidence is taken at its word.
  success: v.fallback(v.boolean(), true),
  start_s: seconds,
  end_s: seconds,
});

/** The list somewhere in an answer: a missing one is an empty one (an instrumental). */
export const wordListSchema = v.fallback(v.nullable(v.array(v.unknown())), null);

/**
 * The words of a raw list in the app's shape. A word that cannot be read (no text, no times,
 * ending before it starts) is left out rather than guessed at.
 */
export function readAlignedWords(list: readonly unknown[] | null): AlignedWord[] {
  const words: AlignedWord[] = [];
  for (const raw of list ?? []) {
    const parsed = v.safeParse(wordSchema, raw);
    if (!parsed.success) continue;
    const { word, success, start_s: start, end_s: end } = parsed.output;
    if (end < start || word === '') continue;
    words.push({ word, start, end, success });
  }
  return words;
}

/** An answer that has no word list where the dialect keeps one. */
export function notTimings(): ApiError {
  return new ApiError('bad-response', 'The provider’s answer has no lyric timings.');
}
