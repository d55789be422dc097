/**
 * Property tests for share links (`parseShareParams`, `buildShareLink`, `parseStartTime`):
 * they come from someone else, so nothing may throw, echo the link, or accept a bad value.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  check,
  KINDS,
  LOWER_UUID,
  pastedUuid,
  RUNS,
  show,
  TIMEOUT_MS,
  uuid,
} from './properties.test-helper';
import type { LookupTarget } from './lookup-target';
import {
  MAX_SHARE_IDS,
  MAX_START_SECONDS,
  buildShareLink,
  parseShareParams,
  parseStartTime,
} from './share-link';
import type { ShareParseResult, ShareTarget } from './share-link';

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
    check(
      lookup.taskIds.every((id) => LOWER_UUID.test(id)),
      `tasks ${show(lookup.taskIds)} for ${where}`,
    );
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
            ? { mode: 'task', taskIds: ids }
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
