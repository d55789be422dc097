/**
 * A provider's answer pasted into the lookup box (a callback body, a curl output): its
 * dialect is recognised from its shape, whichever provider is selected, and its clips are
 * shown with no request made.
 */
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

/** A page of clips is a few hundred KB at most. */
const MAX_ANSWER_CHARS = 2_000_000;

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
