/**
 * Property tests for the two provider normalizers. Provider JSON is hostile input: whatever
 * arrives, the normalizers either return clips that keep every promise of the `Clip` model
 * (http(s)-only URLs, known statuses, sane numbers) or throw an `ApiError`, never anything else.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLIP_STATUSES,
  type Clip,
  type ClipStatus,
  type HistoryEntry,
  type LookupResult,
} from '../../clip';
import { ApiError } from '../../errors';
import { normalizeTaskResponse } from '../sunoapi-co.read';
import { normalizeClipsResponse } from '../sunoapi-com.read';

const RUNS = { numRuns: 10_000 };
/** Each property takes 0.3–2 s here; leave room for a loaded CI machine. */
const TIMEOUT_MS = 30_000;

const STATUSES: ReadonlySet<ClipStatus> = new Set(CLIP_STATUSES);

type Normalizer = (json: unknown) => LookupResult;

const NORMALIZERS: ReadonlyArray<readonly [string, Normalizer]> = [
  ['normalizeTaskResponse', normalizeTaskResponse],
  ['normalizeClipsResponse', normalizeClipsResponse],
];

/** Runs `fn`; returns its result, or null when it threw a `bad-response` ApiError. */
function resultOrApiError(fn: Normalizer, input: unknown): LookupResult | null {
  try {
    return fn(input);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    check(e.kind === 'bad-response', `ApiError of kind ${e.kind}`);
    check(e.message.length > 0, 'ApiError without a message');
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const HUGE = 'x'.repeat(100_000);

/** Strings that must never come out as a URL. */
const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JavaScript:alert(document.cookie)',
  'javascript://%0aalert(1)',
  'javascript:https://cdn1.suno.ai/a.mp3',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:audio/mpeg;base64,AAAA',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/a.mp3',
  'blob:https://example.com/0000',
  'about:blank',
  'mailto:a@b.c',
  '//evil.com/x',
  '///evil.com/x',
  '\\\\evil.com\\x',
  '/relative/path.mp3',
  './a.mp3',
  '../a.mp3',
  'a.mp3',
  '?x=1',
  '#frag',
  'http://',
  'https://',
  'http:// evil.com/x',
  'http://exa mple.com/a.mp3',
  'http//broken',
  'https:',
  'https:evil.example/x.mp3',
  'http:/evil.example/a.mp3',
  '',
  '   ',
  '\u0000',
  '\u0000\u0000\u0000',
  'https://cdn1.suno.ai/None.mp3',
  'https://cdn1.suno.ai/None.mp4',
  'https://cdn2.suno.ai/None.jpeg',
  `https://a.b/${'x'.repeat(5_000)}`,
  HUGE,
];

/** Absolute http(s) URLs the normalizers must keep (trimmed). */
const GOOD_URLS: readonly string[] = [
  'https://cdn1.suno.ai/c83a492a-40ac-4606-a1c3-76487a85aaca.mp3',
  'https://cdn2.suno.ai/image_large_c83a492a-40ac-4606-a1c3-76487a85aaca.jpeg',
  'http://localhost:5173/sim/media/a.mp3',
  'https://audiopipe.suno.ai/?item_id=c83a492a-40ac-4606-a1c3-76487a85aaca',
  '  https://cdn1.suno.ai/padded.mp3\n',
  'HTTPS://CDN1.SUNO.AI/UPPER.MP3',
  'https://例え.テスト/音楽.mp3',
  'https://cdn1.suno.ai/NoneSuch.mp3',
];

const smallString = fc.string({ maxLength: 12 });
const unicodeString = fc.string({ maxLength: 12, unit: 'grapheme' });
const binaryString = fc.string({ maxLength: 12, unit: 'binary' });

/** A value of the wrong type for any field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -1),
  smallString,
  fc.array(smallString, { maxLength: 3 }),
  fc.dictionary(smallString, smallString, { maxKeys: 3 }),
);

/** Any value at all for a URL field, weighted towards hostile strings. */
const urlValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_URLS), weight: 6 },
  { arbitrary: fc.constantFrom(...GOOD_URLS), weight: 3 },
  { arbitrary: fc.webUrl({ size: 'small' }), weight: 2 },
  // Hostile schemes in random letter case, optionally behind control characters or spaces.
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('', ' ', '\u0000', '\t', '\n', '\u00a0', '\ufeff', '\u2028'),
        fc.mixedCase(fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'blob')),
        fc.constantFrom(':alert(1)', ':text/html,<b>x</b>', '://evil.com/x'),
      )
      .map(([pre, scheme, rest]) => `${pre}${scheme}${rest}`),
    weight: 3,
  },
  // A scheme-ish prefix followed by random text: spaces, unicode, control characters.
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'http:', 'https:/', '//', '/', ''),
        fc.oneof(smallString, unicodeString, binaryString),
      )
      .map(([pre, rest]) => `${pre}${rest}`),
    weight: 4,
  },
  // Around the 4096-character cut-off.
  {
    arbitrary: fc
      .integer({ min: 4_080, max: 4_110 })
      .map((n) => `https://a.b/${'y'.repeat(n - 12)}`),
    weight: 1,
  },
  { arbitrary: junk, weight: 2 },
);

const STATUS_WORDS = [
  'submitted',
  'queued',
  'streaming',
  'complete',
  'completed',
  'success',
  'error',
  'failed',
  'processing',
  'running',
  'in progress',
  'IN-PROGRESS',
  ' Complete ',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '',
] as const;

const statusValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...STATUS_WORDS), weight: 4 },
  { arbitrary: unicodeString, weight: 1 },
  { arbitrary: junk, weight: 1 },
);

/** A string field: usually a string (possibly huge, unicode or blank), sometimes junk. */
const textValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: smallString, weight: 3 },
  { arbitrary: unicodeString, weight: 2 },
  { arbitrary: binaryString, weight: 1 },
  { arbitrary: fc.constantFrom('', '   ', '\n\t', HUGE, '\u0000'), weight: 1 },
  { arbitrary: junk, weight: 2 },
);

const numericValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE * 2, -1e-300),
  fc.constantFrom('12.5', ' 90 ', '', '  ', 'abc', '1e400', '-3', 'Infinity', 'NaN', '0x10', '1,5'),
  fc.double().map(String),
  junk,
);

const idValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.uuid(), weight: 12 },
  { arbitrary: fc.uuid().map((u) => `m_${u}`), weight: 1 },
  { arbitrary: fc.constantFrom('', '   ', 'x', '__proto__'), weight: 1 },
  { arbitrary: junk, weight: 1 },
);

const historyEntry: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.record(
      {
        id: idValue,
        type: fc.oneof(fc.constantFrom('gen', 'extend', 'concat', 'upload'), junk),
        source: textValue,
        infill: fc.oneof(fc.boolean(), junk),
        continue_at: numericValue,
      },
      { requiredKeys: [] },
    ),
    weight: 4,
  },
  { arbitrary: junk, weight: 1 },
);

const historyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.array(historyEntry, { maxLength: 3 }), weight: 3 },
  { arbitrary: junk, weight: 1 },
);

const tagsValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('pop, rock, Pop', ' , ,', 'synthwave'),
  smallString,
  unicodeString,
  fc.array(fc.oneof(smallString, junk), { maxLength: 4 }),
  junk,
);

/** The fields sunoapi.com nests under `metadata` and flat proxies put on the clip. */
const metadataFields = {
  tags: tagsValue,
  prompt: textValue,
  gpt_description_prompt: textValue,
  audio_prompt_id: fc.oneof(idValue, textValue),
  history: historyValue,
  concat_history: historyValue,
  type: fc.oneof(fc.constantFrom('gen', 'upload', 'concat'), textValue),
  duration: numericValue,
  has_vocal: fc.oneof(fc.boolean(), junk),
  error_type: textValue,
  error_message: textValue,
};

const metadataValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.record(metadataFields, { requiredKeys: [] }), weight: 4 },
  { arbitrary: junk, weight: 1 },
);

const URL_FIELDS = [
  ['audio_url', 'audioUrl'],
  ['video_url', 'videoUrl'],
  ['image_url', 'imageUrl'],
  ['image_large_url', 'imageLargeUrl'],
  ['avatar_image_url', 'avatarUrl'],
] as const;

type RawClip = Record<string, unknown>;

const rawClip: fc.Arbitrary<RawClip> = fc.record(
  {
    id: idValue,
    title: textValue,
    status: statusValue,
    handle: textValue,
    display_name: textValue,
    audio_url: urlValue,
    video_url: urlValue,
    image_url: urlValue,
    image_large_url: urlValue,
    avatar_image_url: urlValue,
    is_video_pending: fc.oneof(fc.boolean(), junk),
    model_name: textValue,
    major_model_version: textValue,
    created_at: fc.oneof(
      fc.constantFrom('2024-05-01T12:00:00.000Z', '2024-13-45', 'yesterday', ''),
      textValue,
    ),
    play_count: numericValue,
    upvote_count: numericValue,
    is_public: fc.oneof(fc.boolean(), junk),
    metadata: metadataValue,
    // Flat proxies put these on the clip itself.
    ...metadataFields,
  },
  { requiredKeys: ['id'] },
);

const clipList = fc.array(rawClip, { maxLength: 4 });

const taskResponse: fc.Arbitrary<RawClip> = fc.record(
  {
    task_id: fc.oneof(fc.uuid(), junk),
    status: statusValue,
    prompt: fc.oneof(fc.record({ prompt: textValue }, { requiredKeys: [] }), junk),
    clips: fc.oneof({ arbitrary: clipList, weight: 8 }, { arbitrary: junk, weight: 1 }),
  },
  { requiredKeys: [] },
);

const clipsResponse: fc.Arbitrary<RawClip> = fc.record(
  { clips: fc.oneof({ arbitrary: clipList, weight: 8 }, { arbitrary: junk, weight: 1 }) },
  { requiredKeys: [] },
);

/** Keys that tend to trip up code that indexes objects with provider text. */
const awkwardKey = fc.oneof(
  { arbitrary: fc.string({ maxLength: 6 }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'id',
      'clips',
      'status',
      'metadata',
      'audio_url',
      'task_id',
      'prompt',
      'history',
      'tags',
      'duration',
    ),
    weight: 2,
  },
);

const anyValue = fc.anything({
  key: awkwardKey,
  maxDepth: 3,
  maxKeys: 5,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withBigInt: true,
});

const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** Arbitrary JSON, or arbitrary JSON dressed up as a task / clips answer. */
const arbitraryJson: fc.Arbitrary<unknown> = fc.oneof(
  jsonValue,
  fc.record(
    {
      task_id: fc.oneof(fc.uuid(), jsonValue),
      status: jsonValue,
      prompt: jsonValue,
      clips: fc.oneof(jsonValue, fc.array(jsonValue, { maxLength: 4 })),
    },
    { requiredKeys: [] },
  ),
  fc.array(jsonValue, { maxLength: 4 }).map((clips) => ({ clips })),
  fc
    .array(fc.dictionary(awkwardKey, jsonValue, { maxKeys: 6 }), { maxLength: 3 })
    .chain((clips) => fc.uuid().map((id) => ({ clips: clips.map((c) => ({ ...c, id })) }))),
);

/**
 * Values JSON.parse never makes (null prototypes, boxed values, Maps, sparse arrays, typed
 * arrays, dates, bigints), at the top, as clips, or inside clips.
 */
const arbitraryValue: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  fc.array(anyValue, { maxLength: 4 }).map((clips) => ({ clips })),
  fc.record(
    { task_id: fc.oneof(fc.uuid(), anyValue), status: anyValue, prompt: anyValue, clips: anyValue },
    { requiredKeys: [] },
  ),
  fc
    .array(fc.dictionary(awkwardKey, anyValue, { maxKeys: 6 }), { maxLength: 3 })
    .chain((clips) => fc.uuid().map((id) => ({ clips: clips.map((c) => ({ ...c, id })) }))),
);

/** Written out on purpose: an independent copy of the ID rule to check the app's against. */
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ---------------------------------------------------------------------------------------------
// Invariants (plain checks rather than `expect`: they run millions of times)
// ---------------------------------------------------------------------------------------------

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 120) ?? String(value);

function checkHttpUrlOrNull(url: string | null, field: string): void {
  if (url === null) return;
  check(typeof url === 'string', `${field} is not a string`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${field} does not parse as a URL: ${show(url)}`);
  }
  check(
    parsed.protocol === 'http:' || parsed.protocol === 'https:',
    `${field} has protocol ${parsed.protocol}: ${show(url)}`,
  );
  check(parsed.hostname.length > 0, `${field} has no host: ${show(url)}`);
}

function checkStringOrNull(value: string | null, field: string, nonBlank = true): void {
  if (value === null) return;
  check(typeof value === 'string', `${field} is ${typeof value}`);
  if (nonBlank) check(value.trim().length > 0, `${field} is blank`);
}

function checkSeconds(value: number | null, field: string): void {
  if (value === null) return;
  check(
    typeof value === 'number' && Number.isFinite(value) && value >= 0,
    `${field} is ${String(value)}`,
  );
}

function checkHistory(entries: HistoryEntry[], field: string): void {
  check(Array.isArray(entries), `${field} is not an array`);
  for (const entry of entries) {
    check(typeof entry.id === 'string' && entry.id.length > 0, `${field}.id is empty`);
    check(!entry.id.startsWith('m_'), `${field}.id keeps its m_: ${entry.id}`);
    check(typeof entry.type === 'string', `${field}.type is ${typeof entry.type}`);
    checkStringOrNull(entry.source, `${field}.source`);
    check(typeof entry.infill === 'boolean', `${field}.infill is ${typeof entry.infill}`);
    checkSeconds(entry.continueAt, `${field}.continueAt`);
  }
}

function checkBoolOrNull(value: boolean | null, field: string): void {
  check(value === null || typeof value === 'boolean', `${field} is ${typeof value}`);
}

function checkClip(clip: Clip): void {
  check(typeof clip.id === 'string' && clip.id.length > 0, 'id is empty');
  check(clip.id === clip.id.trim(), `id is not trimmed: ${show(clip.id)}`);

  check(typeof clip.title === 'string', `title is ${typeof clip.title}`);
  check(STATUSES.has(clip.status), `status is ${show(clip.status)}`);
  check(typeof clip.rawStatus === 'string', `rawStatus is ${typeof clip.rawStatus}`);

  checkHttpUrlOrNull(clip.audioUrl, 'audioUrl');
  checkHttpUrlOrNull(clip.videoUrl, 'videoUrl');
  checkHttpUrlOrNull(clip.imageUrl, 'imageUrl');
  checkHttpUrlOrNull(clip.imageLargeUrl, 'imageLargeUrl');
  checkHttpUrlOrNull(clip.avatarUrl, 'avatarUrl');

  checkStringOrNull(clip.handle, 'handle');
  checkStringOrNull(clip.displayName, 'displayName');
  checkStringOrNull(clip.modelName, 'modelName');
  checkStringOrNull(clip.modelVersion, 'modelVersion');
  checkStringOrNull(clip.lyrics, 'lyrics');
  checkStringOrNull(clip.descriptionPrompt, 'descriptionPrompt');
  checkStringOrNull(clip.taskPrompt, 'taskPrompt');
  checkStringOrNull(clip.clipType, 'clipType');
  checkStringOrNull(clip.parentId, 'parentId', false);
  checkStringOrNull(clip.errorType, 'errorType');
  checkStringOrNull(clip.errorMessage, 'errorMessage');
  if (clip.createdAt !== null) {
    check(!Number.isNaN(Date.parse(clip.createdAt)), `createdAt is ${show(clip.createdAt)}`);
  }

  check(Array.isArray(clip.tags), 'tags is not an array');
  const seen = new Set<string>();
  for (const tag of clip.tags) {
    check(typeof tag === 'string', `a tag is ${typeof tag}`);
    check(tag.length > 0 && tag === tag.trim(), `tag ${show(tag)} is blank or untrimmed`);
    check(!seen.has(tag.toLowerCase()), `duplicate tag ${show(tag)}`);
    seen.add(tag.toLowerCase());
  }

  checkSeconds(clip.duration, 'duration');
  checkSeconds(clip.playCount, 'playCount');
  checkSeconds(clip.upvoteCount, 'upvoteCount');
  checkHistory(clip.history, 'history');
  checkHistory(clip.concatHistory, 'concatHistory');

  check(typeof clip.isVideoPending === 'boolean', 'isVideoPending is not a boolean');
  checkBoolOrNull(clip.isPublic, 'isPublic');
  checkBoolOrNull(clip.hasVocal, 'hasVocal');
}

function checkResult(result: LookupResult): void {
  check(Array.isArray(result.clips), 'clips is not an array');
  const ids = result.clips.map((c) => c.id);
  check(new Set(ids).size === ids.length, `duplicate clip ids ${show(ids)}`);
  check(
    ids.every((id) => LOWER_UUID.test(id)),
    `a clip id is not a lower-case UUID: ${show(ids)}`,
  );
  checkStringOrNull(result.taskId, 'taskId', false);
  checkStringOrNull(result.taskStatus, 'taskStatus', false);
  for (const clip of result.clips) checkClip(clip);
}

const HOSTILE_SET: ReadonlySet<string> = new Set(HOSTILE_URLS);
const GOOD_SET: ReadonlySet<string> = new Set(GOOD_URLS);

/** Raw hostile/good URLs map to null/kept, field by field, for clips the normalizer returned. */
function checkUrlFieldsMapped(raw: RawClip, clip: Clip): void {
  for (const [rawKey, clipKey] of URL_FIELDS) {
    const value = raw[rawKey];
    const out = clip[clipKey];
    if (typeof value !== 'string') {
      check(out === null, `${rawKey} ${show(value)} became ${show(out)}`);
    } else if (HOSTILE_SET.has(value)) {
      check(out === null, `${rawKey} ${show(value)} was kept`);
    } else if (GOOD_SET.has(value)) {
      // Kept in its parsed form, which is what the browser will use.
      check(out === new URL(value.trim()).href, `${rawKey} ${show(value)} became ${show(out)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe.each(NORMALIZERS)('%s on hostile input', (_name, normalize) => {
  it(
    'throws nothing but a bad-response ApiError on arbitrary JSON, and returns valid clips',
    () => {
      fc.assert(
        fc.property(arbitraryJson, (input) => {
          const result = resultOrApiError(normalize, input);
          if (result !== null) checkResult(result);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'throws nothing but a bad-response ApiError on arbitrary non-JSON values',
    () => {
      fc.assert(
        fc.property(arbitraryValue, (input) => {
          const result = resultOrApiError(normalize, input);
          if (result === null) return;
          check(Array.isArray(result.clips), 'clips is not an array');
          // Only the entries that exist: a sparse `clips` array (which JSON.parse cannot produce)
          // comes back with its holes still in it, since normalizeClipList maps the raw array.
          for (const clip of Object.values(result.clips)) checkClip(clip);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'returns only safe, well-typed clips from clip-shaped objects',
    () => {
      const answers = normalize === normalizeTaskResponse ? taskResponse : clipsResponse;
      let returned = 0;
      let clipsSeen = 0;
      fc.assert(
        fc.property(answers, (answer) => {
          const result = resultOrApiError(normalize, answer);
          if (result === null) return;
          returned += 1;
          checkResult(result);
          const rawClips = answer.clips;
          if (!Array.isArray(rawClips)) {
            // Only a task without clips may come back without a list, and then with none.
            check(result.clips.length === 0, 'clips out of no list');
            return;
          }
          // One clip per usable ID, in first-seen order, with the last copy's fields.
          const latest = new Map<string, RawClip>();
          let unusable = 0;
          for (const raw of rawClips as RawClip[]) {
            const id = typeof raw.id === 'string' ? raw.id.trim().toLowerCase() : '';
            if (LOWER_UUID.test(id)) latest.set(id, raw);
            else unusable += 1;
          }
          check(result.clips.length === latest.size, 'clip count changed');
          check(result.unusableClips === unusable, 'unusable clips miscounted');
          check(
            result.clips.map((c) => c.id).join() === [...latest.keys()].join(),
            'clips out of order',
          );
          for (const clip of result.clips) {
            clipsSeen += 1;
            checkUrlFieldsMapped(latest.get(clip.id) as RawClip, clip);
          }
        }),
        RUNS,
      );
      // Guard against a vacuous pass: most generated answers must actually normalize.
      expect(returned).toBeGreaterThan(RUNS.numRuns / 4);
      expect(clipsSeen).toBeGreaterThan(RUNS.numRuns / 2);
    },
    TIMEOUT_MS,
  );
});
