/**
 * Property tests for what people paste into the lookup box (`parseLookupInput`,
 * `targetForInput`): neither may throw on anything, and whatever they accept is well-formed.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isId, normalizeTaskId } from '../../domain/ids';
import type { LookupTarget } from '../../domain/lookup-target';
import {
  check,
  KINDS,
  LOWER_UUID,
  pastedUuid,
  RUNS,
  show,
  TIMEOUT_MS,
  uuid,
} from '../../domain/properties.test-helper';
import { PROVIDERS, type ProviderKind } from '../../domain/providers';
import { EMPTY_MESSAGE, MAX_IDS, parseLookupInput, targetForInput } from './parse-input';
import type { ParsedInput } from './parse-input';

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------
const SEPARATORS = [',', ' ', '\n', ', ', ';', '\r\n', '\t', ' ,\n', ',,', '\u00a0', '\u2003'];
const separator = fc.constantFrom(...SEPARATORS);

/** The same id written the ways the parser understands. */
const linkFor = (id: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    `https://suno.com/song/${id}`,
    `https://www.suno.com/song/${id}/?sh=AbC`,
    `suno.com/song/${id}`,
    `https://app.suno.ai/song/${id}#top`,
    `https://cdn1.suno.ai/${id}.mp3`,
    `cdn2.suno.ai/${id}.mp4`,
    `https://audiopipe.suno.ai/?item_id=${id}`,
    `<https://suno.com/song/${id}>`,
    `(https://suno.com/song/${id}).`,
    `"${id}"`,
    `'${id}'`,
    `[${id}]`,
    `${id}.`,
  );

/** Tokens that are nearly IDs or links, or plainly hostile. */
const garbageToken = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'https://evil.example/song/5a1e0001-0000-4000-8000-000000000001',
    'https://suno.com.evil.example/song/5a1e0001-0000-4000-8000-000000000001',
    'https://suno.com/playlist/5a1e0001-0000-4000-8000-000000000001',
    'ftp://suno.com/song/5a1e0001-0000-4000-8000-000000000001',
    '5a1e0001-0000-4000-8000-00000000000',
    '5a1e0001-0000-4000-8000-0000000000001',
    '5a1e0001_0000_4000_8000_000000000001',
    'g a1e0001-0000-4000-8000-000000000001',
    'http://[::1',
    'https://',
    '%E0%A4%A',
    '<>',
    '()',
    '.',
    '\u0000',
    '__proto__',
    'constructor',
    '🎵',
  ),
  fc.string({ maxLength: 10 }),
  fc.string({ maxLength: 10, unit: 'grapheme' }),
  fc.string({ maxLength: 10, unit: 'binary' }),
  uuid.map((u) => u.slice(0, 35)),
  uuid.map((u) => `${u}x`),
);

/** Random mixes of IDs, links, garbage and separators. */
const tokenSoup = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: pastedUuid, weight: 3 },
        { arbitrary: uuid.chain(linkFor), weight: 2 },
        { arbitrary: garbageToken, weight: 1 },
      ),
      fc.oneof(separator, fc.string({ maxLength: 3 })),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  tokenSoup,
  // Around the 10,000-character cut-off, padded or not.
  fc
    .tuple(fc.integer({ min: 9_990, max: 10_010 }), fc.constantFrom(' ', 'x', ','))
    .map(([n, ch]) => `5a1e0001-0000-4000-8000-000000000001${ch.repeat(n - 36)}`),
);

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

function checkParsed(result: ParsedInput, input: string): void {
  if (!result.ok) {
    check(
      typeof result.message === 'string' && result.message.length > 0,
      `empty message for ${show(input)}`,
    );
    // Messages echo at most a 40-character excerpt of the input.
    check(result.message.length < 200, `message too long for ${show(input)}`);
    return;
  }
  check(result.ids.length >= 1, `ok without ids for ${show(input)}`);
  check(result.ids.length <= MAX_IDS, `${result.ids.length} ids for ${show(input)}`);
  check(new Set(result.ids).size === result.ids.length, `duplicate ids for ${show(input)}`);
  for (const id of result.ids) {
    // A UUID comes out lower-cased; anything else is a task code, kept as typed.
    check(
      LOWER_UUID.test(id) || (!isId(id) && normalizeTaskId(id) === id),
      `id ${show(id)} is neither a lower-case UUID nor a task code (input ${show(input)})`,
    );
  }
  check(typeof result.fromLink === 'boolean', 'fromLink is not a boolean');
}

function checkTarget(
  target: LookupTarget | { error: string },
  ids: readonly string[],
  fromLink: boolean,
  kind: ProviderKind,
): void {
  const info = PROVIDERS[kind];
  if ('error' in target) {
    check(target.error.length > 0, 'empty error');
    const wouldBeTask = !fromLink && info.supportsTasks;
    const hasCode = ids.some((id) => !isId(id));
    const codesFit = !fromLink && info.lookups.task?.idForm === 'token';
    check(
      ids.length === 0 ||
        (hasCode && !codesFit) ||
        (!hasCode && !wouldBeTask && !info.supportsClipIds),
      `refused ${show(ids)} (link ${fromLink}) on ${kind}`,
    );
    if (ids.length === 0) check(target.error === EMPTY_MESSAGE, 'wrong message for no ids');
    return;
  }
  if (target.mode === 'task') {
    check(info.supportsTasks, `task on ${kind}`);
    if (target.taskIds.some((id) => !isId(id))) {
      check(info.lookups.task?.idForm === 'token', `a task code on ${kind}`);
    }
    check(!fromLink, `tasks from a link ${show(ids)}`);
    check(target.taskIds.join() === ids.join(), 'task ids are not the pasted ids');
  } else {
    check(info.supportsClipIds, `clips on ${kind}`);
    check(target.ids.every(isId), `clip ids that are not UUIDs on ${kind}`);
    check(show(target.ids) === show(ids), 'clip ids differ from the pasted ids');
    check(target.ids !== ids, 'clip ids share the caller’s array');
  }
}

// ---------------------------------------------------------------------------------------------
// parseLookupInput / targetForInput
// ---------------------------------------------------------------------------------------------

describe('parseLookupInput (properties)', () => {
  it(
    'never throws, and what it accepts is 1–20 distinct IDs: lower-cased UUIDs or task codes',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(anyText, (text) => {
          const result = parseLookupInput(text);
          checkParsed(result, text);
          if (result.ok) accepted += 1;
        }),
        RUNS,
      );
      // The generator must reach the accepting branch often enough to mean something.
      expect(accepted).toBeGreaterThan(RUNS.numRuns / 20);
    },
    TIMEOUT_MS,
  );

  it(
    'reads N UUIDs joined by any separators as exactly those N, deduped, in order',
    () => {
      // N distinct ids in order, each possibly followed by a repeat of an earlier one (people
      // paste the same id twice), every occurrence in any letter case.
      const pasteList = fc
        .uniqueArray(uuid, { minLength: 1, maxLength: MAX_IDS, size: 'max' })
        .chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.tuple(
              ...ids.map((id, i) =>
                fc.tuple(
                  fc.mixedCase(fc.constant(id)),
                  fc.option(fc.nat(i).chain((j) => fc.mixedCase(fc.constant(ids[j] ?? id)))),
                ),
              ),
            ),
          ),
        );
      fc.assert(
        fc.property(
          pasteList,
          fc.array(separator, { minLength: 2 * MAX_IDS, maxLength: 2 * MAX_IDS }),
          fc.constantFrom('', ' ', '\n', '  \t', '\r\n'),
          fc.constantFrom('', ' ', '\n', ',', ';', ' \n'),
          ([ids, occurrences], seps, before, after) => {
            const pasted = occurrences.flatMap(([first, repeat]) =>
              repeat === null ? [first] : [first, repeat],
            );
            const text = before + pasted.map((id, i) => id + (seps[i] ?? ',')).join('') + after;
            const result = parseLookupInput(text);
            check(result.ok, `refused ${show(text)}: ${result.ok ? '' : result.message}`);
            if (!result.ok) return;
            check(show(result.ids) === show(ids), `${show(text)} gave ${show(result.ids)}`);
            check(!result.fromLink, 'bare ids counted as a link');
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads links and bare ids mixed together, and refuses more than 20 distinct ids',
    () => {
      const written = fc
        .uniqueArray(uuid, { minLength: 1, maxLength: MAX_IDS + 5, size: 'max' })
        .chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.tuple(...ids.map((id) => fc.oneof(fc.mixedCase(fc.constant(id)), linkFor(id)))),
          ),
        );
      fc.assert(
        fc.property(
          written,
          fc.array(separator, { minLength: MAX_IDS + 5, maxLength: MAX_IDS + 5 }),
          ([ids, tokens], seps) => {
            const text = tokens.map((token, i) => token + (seps[i] ?? ' ')).join('');
            const result = parseLookupInput(text);
            if (ids.length > MAX_IDS) {
              check(!result.ok, `accepted ${ids.length} ids`);
              if (!result.ok) check(result.message.includes(String(MAX_IDS)), result.message);
              return;
            }
            check(result.ok, `refused ${show(text)}: ${result.ok ? '' : result.message}`);
            if (!result.ok) return;
            check(show(result.ids) === show(ids), `${show(text)} gave ${show(result.ids)}`);
            // Quoted or bracketed bare ids (`"id"`, `[id]`, `id.`) are not links.
            const anyRealLink = tokens.some((token) => token.includes('suno'));
            check(result.fromLink === anyRealLink, `fromLink ${result.fromLink} for ${show(text)}`);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'gives a target (or a reason) for whatever it accepted, on every provider',
    () => {
      fc.assert(
        fc.property(tokenSoup, fc.constantFrom(...KINDS), (text, kind) => {
          const result = parseLookupInput(text);
          if (!result.ok) return;
          checkTarget(
            targetForInput(result.ids, result.fromLink, kind),
            result.ids,
            result.fromLink,
            kind,
          );
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('targetForInput (properties)', () => {
  it(
    'never throws on any id list, flag and provider',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(uuid, fc.string({ maxLength: 8 })), { maxLength: 25 }),
          fc.boolean(),
          fc.constantFrom(...KINDS),
          (ids, fromLink, kind) => {
            checkTarget(targetForInput(ids, fromLink, kind), ids, fromLink, kind);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
