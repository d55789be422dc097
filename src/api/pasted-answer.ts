/**
 * A provider's answer pasted into the lookup box (a callback body, a curl output): its
 * dialect is recognised from its shape, whichever provider is selected, and its clips are
 * shown with no request made. The text is kept for this tab's session, so a reload reads it
 * again instead of asking the provider.
 */
import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { LookupResult } from '../domain/clip';
import { isApiError } from '../domain/errors';
import { MAX_IDS } from '../domain/ids';
import type { LookupTarget } from '../domain/lookup-target';
import {
  PROVIDERS,
  REAL_PROVIDERS,
  type ProviderReader,
  type RealProviderKind,
} from '../domain/providers';
import { persistedStore } from '../lib/persisted-store';

/** A page of clips is a few hundred KB at most. */
const MAX_ANSWER_CHARS = 2_000_000;
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
  maxChars: KEPT * MAX_ANSWER_CHARS,
});

const keyOf = (target: LookupTarget) =>
  `${target.mode}|${(target.mode === 'task' ? target.taskIds : target.ids).join(',')}`;

export const EXPECTED_ANSWER = `Paste the whole JSON answer of a lookup, or a callback body, from one of: ${REAL_PROVIDERS.map(
  (kind) => PROVIDERS[kind].label,
).join(', ')}.`;

export interface ReadAnswer {
  provider: RealProviderKind;
  target: LookupTarget;
  result: LookupResult;
}

async function readers(): Promise<[RealProviderKind, ProviderReader][]> {
  return Promise.all(
    REAL_PROVIDERS.map(async (kind) => [kind, await PROVIDERS[kind].load()] as const),
  ).then((pairs) => pairs.map(([kind, reader]) => [kind, reader]));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads pasted JSON as the first dialect that recognises its shape; a message if none does. */
export async function readAnswerText(
  text: string,
  only?: RealProviderKind,
): Promise<ReadAnswer | { error: string }> {
  if (text.length > MAX_ANSWER_CHARS) return { error: 'That JSON is too large to be an answer.' };
  const json = parseJson(text);
  if (json === undefined) {
    return { error: `That is not valid JSON. ${EXPECTED_ANSWER}` };
  }
  for (const [kind, reader] of await readers()) {
    if ((only && kind !== only) || !reader.recognizes(json)) continue;
    const mode = PROVIDERS[kind].supportsTasks ? 'task' : 'clips';
    let result: LookupResult;
    try {
      result = reader.readLookup(json, { mode, ids: [] });
    } catch (e) {
      const said = isApiError(e) ? e.message : 'it could not be read';
      return { error: `That looks like a ${PROVIDERS[kind].label} answer, but ${said}` };
    }
    if (result.clips.length === 0) {
      return {
        error: `That ${PROVIDERS[kind].label} answer holds no clips yet: look its task up instead.`,
      };
    }
    const ids = result.clips.slice(0, MAX_IDS).map((clip) => clip.id);
    return { provider: kind, target: { mode: 'clips', ids }, result };
  }
  return { error: `That JSON is not an answer this app can read. ${EXPECTED_ANSWER}` };
}

/** Reads pasted text and keeps it for the session, so its page can show it (and again on reload). */
export async function rememberPastedAnswer(text: string): Promise<ReadAnswer | { error: string }> {
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
