/**
 * Property tests for the two parsers of text that comes from outside: what people paste into
 * the lookup box (`parseLookupInput`, `targetForInput`) and share links (`parseShareParams`).
 * Neither may throw on anything, and whatever they accept must be well-formed.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProviderKind } from '../../api/clip';
import { PROVIDERS } from '../../api/providers';
import type { LookupTarget } from '../../api/providers';
import {
  MAX_SHARE_IDS,
  MAX_START_SECONDS,
  buildShareLink,
  parseShareParams,
  parseStartTime,
} from '../share/share-link';
import type { ShareParseResult, ShareTarget } from '../share/share-link';
import { EMPTY_MESSAGE, MAX_IDS, parseLookupInput, targetForInput } from './parse-input';
import type { ParsedInput } from './parse-input';

const RUNS = { numRuns: 10_000 };
/** Each property takes well under a second here; leave room for a loaded CI machine. */
const TIMEOUT_MS = 30_000;

const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KINDS: readonly ProviderKind[] = ['demo', 'sunoapi-co', 'sunoapi-com'];

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 160) ?? String(value);

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const uuid = fc.uuid();
/** UUIDs as people paste them: any letter case. */
const pastedUuid = fc.mixedCase(uuid);

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
    check(LOWER_UUID.test(id), `id ${show(id)} is not a lower-case UUID (input ${show(input)})`);
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
    const wouldBeTask = ids.length === 1 && !fromLink && info.supportsTasks;
    check(
      ids.length === 0 || (!wouldBeTask && !info.supportsClipIds),
      `refused ${show(ids)} (link ${fromLink}) on ${kind}`,
    );
    if (ids.length === 0) check(target.error === EMPTY_MESSAGE, 'wrong message for no ids');
    return;
  }
  if (target.mode === 'task') {
    check(info.supportsTasks, `task on ${kind}`);
    check(ids.length === 1 && !fromLink, `task from ${show(ids)} (link ${fromLink})`);
    check(target.taskId === ids[0], 'task id is not the pasted id');
  } else {
    check(info.supportsClipIds, `clips on ${kind}`);
    check(show(target.ids) === show(ids), 'clip ids differ from the pasted ids');
    check(target.ids !== ids, 'clip ids share the caller’s array');
  }
}

// ---------------------------------------------------------------------------------------------
// parseLookupInput / targetForInput
// ---------------------------------------------------------------------------------------------

describe('parseLookupInput (properties)', () => {
  it(
    'never throws, and what it accepts is 1–20 distinct lower-case UUIDs',
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

// ---------------------------------------------------------------------------------------------
// parseShareParams / parseStartTime
// ---------------------------------------------------------------------------------------------

/** A marker that must never be echoed back in a message. */
const ECHO = 'zq9echo';

const timeValue = fc.oneof(
  fc.constantFrom(
    '83',
    '83.5',
    '1:23',
    '1:02:03',
    '1m23s',
    '83s',
    '1h2m3s',
    '0',
    '86400',
    '86400.001',
    '24:00:00',
    '24:00:01',
    '99h',
    '1e3',
    '-5',
    '+5',
    'Infinity',
    'NaN',
    '0x10',
    '1:75:00',
    '1:60',
    '',
    ' ',
    'h',
    'ms',
    `${'9'.repeat(70)}`,
    ECHO,
  ),
  fc.double().map(String),
  fc.nat({ max: 200_000 }).map(String),
  fc
    .tuple(fc.nat({ max: 120 }), fc.nat({ max: 9_999 }), fc.nat({ max: 99 }))
    .map(([h, m, s]) => `${h}:${m}:${String(s).padStart(2, '0')}`),
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 8, unit: 'binary' }),
);

const idList = fc.oneof(
  fc.uniqueArray(uuid, { minLength: 1, maxLength: 22, size: 'max' }).map((ids) => ids.join(',')),
  fc.array(pastedUuid, { minLength: 1, maxLength: 3 }).map((ids) => ids.join(',')),
  fc.constantFrom('', ',', ' , ', `${ECHO}`, '%E0%A4%A', '%2C', '..', '%2F'),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: 'binary' }),
  uuid.map((u) => encodeURIComponent(`${u}, ${u.toUpperCase()}`)),
);

const sharePath = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('/task/', '/clips/', '/TASK/', '/song/', '/task//', '', '/clips/../'),
      idList,
      fc.constantFrom('', '/', '//', '?', '/x'),
    )
    .map(([head, ids, tail]) => head + ids + tail),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constant(`/clips/${'a'.repeat(2_100)}`),
);

const shareSearch = fc.oneof(
  fc
    .record(
      {
        p: fc.oneof(
          fc.constantFrom(...KINDS, 'DEMO', ' demo ', 'sunoapi', '__proto__', 'constructor', ECHO),
          fc.string({ maxLength: 6 }),
        ),
        clip: fc.oneof(
          uuid,
          pastedUuid,
          fc.constantFrom('', ' ', ECHO),
          fc.string({ maxLength: 8 }),
        ),
        t: timeValue,
      },
      { requiredKeys: [] },
    )
    .map((params) => `?${new URLSearchParams(params).toString()}`),
  fc.string().map((s) => `?clip=${s}`),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

/** Links built the way share links are, with one or more parts possibly spoiled. */
const nearValidShare: fc.Arbitrary<readonly [string, string]> = fc
  .tuple(
    fc.uniqueArray(pastedUuid, { minLength: 1, maxLength: MAX_SHARE_IDS + 2, size: 'max' }),
    fc.constantFrom('task', 'clips', 'clips'),
    fc.nat(),
    fc.oneof(
      { arbitrary: fc.constantFrom(...KINDS, ' Demo '), weight: 6 },
      { arbitrary: fc.constantFrom('', 'sunoapi', '__proto__', ECHO), weight: 1 },
    ),
    fc.option(timeValue),
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 6 },
      { arbitrary: fc.constantFrom(ECHO, '', 'not-a-uuid'), weight: 1 },
      { arbitrary: uuid, weight: 1 },
    ),
    fc.constantFrom('', '/'),
  )
  .map(([ids, mode, pick, p, t, otherClip, slash]) => {
    const shown = mode === 'task' ? ids.slice(0, pick % 3 === 0 ? 2 : 1) : ids;
    const clip = otherClip ?? ids[pick % ids.length] ?? '';
    const params = new URLSearchParams({ p, clip });
    if (t !== null) params.set('t', t);
    const encoded = shown.map((id) => (pick % 5 === 0 ? encodeURIComponent(id) : id));
    return [`/${mode}/${encoded.join(pick % 7 === 0 ? '%2C' : ',')}${slash}`, `?${params}`];
  });

function checkShare(result: ShareParseResult | null, pathname: string, search: string): void {
  if (result === null) return;
  const where = `${show(pathname)} ${show(search)}`;
  if (!result.ok) {
    check(result.message.length > 0, `empty message for ${where}`);
    check(!result.message.includes(ECHO), `message echoes the link: ${where}`);
    return;
  }
  const { provider, lookup, clipId, at } = result.target;
  check(KINDS.includes(provider), `provider ${show(provider)} for ${where}`);
  check(LOWER_UUID.test(clipId), `clip ${show(clipId)} for ${where}`);
  if (lookup.mode === 'task') {
    check(LOWER_UUID.test(lookup.taskId), `task ${show(lookup.taskId)} for ${where}`);
  } else {
    check(lookup.ids.length >= 1 && lookup.ids.length <= MAX_SHARE_IDS, `count for ${where}`);
    check(
      lookup.ids.every((id) => LOWER_UUID.test(id)),
      `ids ${show(lookup.ids)} for ${where}`,
    );
    check(new Set(lookup.ids).size === lookup.ids.length, `duplicate ids for ${where}`);
    check(lookup.ids.includes(clipId), `clip not among the ids for ${where}`);
  }
  check(
    at === null || (Number.isFinite(at) && at > 0 && at <= MAX_START_SECONDS),
    `at ${String(at)} for ${where}`,
  );
}

describe('parseShareParams (properties)', () => {
  it(
    'never throws; accepted links name UUIDs and a start within a day',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.oneof(fc.tuple(sharePath, shareSearch), nearValidShare),
          ([pathname, search]) => {
            const result = parseShareParams(pathname, search);
            checkShare(result, pathname, search);
            if (result?.ok) accepted += 1;
          },
        ),
        RUNS,
      );
      // About 9 % of these links are valid; a generator change that lost them would show here.
      expect(accepted).toBeGreaterThan(RUNS.numRuns / 25);
    },
    TIMEOUT_MS,
  );

  it(
    'reads back every link buildShareLink makes',
    () => {
      const target: fc.Arbitrary<ShareTarget> = fc
        .tuple(
          fc.constantFrom(...KINDS),
          fc.uniqueArray(uuid, { minLength: 1, maxLength: MAX_SHARE_IDS, size: 'max' }),
          fc.boolean(),
          fc.nat(),
          fc.option(
            fc.oneof(
              fc.double({ min: -10, max: MAX_START_SECONDS + 10, noNaN: true }),
              fc.constantFrom(Infinity, -Infinity, Number.NaN, 0.04, 0.05, MAX_START_SECONDS),
            ),
          ),
        )
        .map(([provider, ids, asTask, pick, at]) => {
          const clipId = ids[pick % ids.length] ?? ids[0] ?? '';
          const lookup: LookupTarget = asTask
            ? { mode: 'task', taskId: ids[0] ?? '' }
            : { mode: 'clips', ids };
          return { provider, lookup, clipId, at };
        });
      fc.assert(
        fc.property(target, (t) => {
          const link = new URL(buildShareLink('https://viewer.example/', t));
          const result = parseShareParams(link.pathname, link.search);
          check(result !== null && result.ok, `${link.href} gave ${show(result)}`);
          if (result === null || !result.ok) return;
          check(show(result.target.lookup) === show(t.lookup), `lookup differs for ${link.href}`);
          check(result.target.provider === t.provider, `provider differs for ${link.href}`);
          check(result.target.clipId === t.clipId, `clip differs for ${link.href}`);
          const rounded =
            t.at === null || !Number.isFinite(t.at) ? null : Math.round(t.at * 10) / 10;
          const expected =
            rounded !== null && rounded > 0 && rounded <= MAX_START_SECONDS ? rounded : null;
          check(
            result.target.at === expected,
            `at ${result.target.at} ≠ ${expected} (${link.href})`,
          );
          checkShare(result, link.pathname, link.search);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('parseStartTime (properties)', () => {
  it(
    'never throws, and returns null or seconds in [0, 86400]',
    () => {
      fc.assert(
        fc.property(fc.oneof(timeValue, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
          const s = parseStartTime(text);
          check(
            s === null || (Number.isFinite(s) && s >= 0 && s <= MAX_START_SECONDS),
            `${show(text)} gave ${String(s)}`,
          );
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads h/m/s, clock and plain forms as the seconds they spell',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: 99 }),
          fc.nat({ max: 9_999 }),
          fc.nat({ max: 59 }),
          fc.constantFrom('units', 'clock', 'plain'),
          (h, m, s, form) => {
            let text: string;
            let expected: number;
            if (form === 'units') {
              text = `${h > 0 ? `${h}h` : ''}${m > 0 ? `${m}m` : ''}${s}s`;
              expected = h * 3600 + m * 60 + s;
            } else if (form === 'clock') {
              const mm = h > 0 ? m % 60 : m;
              text = `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
              expected = h * 3600 + mm * 60 + s;
            } else {
              expected = h * 3600 + m * 60 + s;
              text = String(expected);
            }
            const got = parseStartTime(text);
            const want = expected <= MAX_START_SECONDS ? expected : null;
            check(got === want, `${show(text)} gave ${String(got)}, expected ${String(want)}`);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
