/**
 * Pasted answers kept for this tab's session, and the hook a page reads one through. Reading
 * the text (every dialect's reader) loads only when there is one to read.
 */
import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { LookupTarget } from '../domain/lookup-target';
import type { ReadAnswer } from './pasted-answer';
import { REAL_PROVIDERS } from '../domain/providers';
import { persistedStore } from '../lib/persisted-store';

/** Answers kept for the session: the last few pasted. */
const KEPT = 5;

const keptSchema = v.array(
  v.object({ key: v.string(), provider: v.picklist(REAL_PROVIDERS), text: v.string() }),
);
const kept = persistedStore({
  key: 'clip-viewer:pasted-answers',
  area: 'session',
  schema: keptSchema,
  fallback: () => [],
  maxChars: KEPT * 2_000_000,
});

const keyOf = (target: LookupTarget) =>
  `${target.mode}|${(target.mode === 'task' ? target.taskIds : target.ids).join(',')}`;

/** Reads pasted text and keeps it for the session, so its page can show it (and again on reload). */
export async function rememberPastedAnswer(text: string): Promise<ReadAnswer | { error: string }> {
  const { readAnswerText } = await import('./pasted-answer');
  const read = await readAnswerText(text);
  if ('error' in read) return read;
  const key = keyOf(read.target);
  kept.set(
    [{ key, provider: read.provider, text }, ...kept.get().filter((e) => e.key !== key)].slice(
      0,
      KEPT,
    ),
  );
  return read;
}

const keptEntry = (key: string) => kept.get().find((e) => e.key === key);

/** The pasted answer a page's lookup stands for, or null: such a page makes no request. */
export function usePastedAnswer(target: LookupTarget | null) {
  const key = target ? keyOf(target) : '';
  const entry = target ? keptEntry(key) : undefined;
  const query = useQuery({
    queryKey: ['pasted-answer', key],
    queryFn: async () => {
      const found = keptEntry(key);
      if (!found) throw new Error('The pasted answer is no longer kept: paste it again.');
      const { readAnswerText } = await import('./pasted-answer');
      const read = await readAnswerText(found.text, found.provider);
      if ('error' in read) throw new Error(read.error);
      return read;
    },
    enabled: entry !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  if (!entry) return null;
  return { provider: entry.provider, answer: query.data ?? null, error: query.error };
}
