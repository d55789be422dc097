import { describe, expect, it } from 'vitest';
import type { ProviderKind } from './providers';
import {
  buildEmbedLink,
  buildOembedUrl,
  buildShareLink,
  formatStartTime,
  parseEmbedParams,
  parseShareParams,
  parseStartTime,
  type ShareTarget,
} from './share-link';

const ORIGIN = 'https://viewer.example';
const TASK = '5a1e0001-0000-4000-8000-000000000001';
const A = 'aaaaaaaa-1111-4000-8000-000000000001';
const B = 'bbbbbbbb-2222-4000-8000-000000000002';
const PROVIDERS: ProviderKind[] = ['demo', 'sunoapi-co', 'sunoapi-com'];

function parseLink(link: string) {
  const url = new URL(link);
  return parseShareParams(url.pathname, url.search);
}

function expectError(pathname: string, search: string): string {
  const result = parseShareParams(pathname, search);
  expect(result).not.toBeNull();
  if (result === null || result.ok) throw new Error(`expected an error for ${pathname}${search}`);
  expect(result.message.length).toBeGreaterThan(0);
  return result.message;
}

describe('buildShareLink', () => {
  it('builds a task link with provider, clip and time', () => {
    const link = buildShareLink(ORIGIN, {
      provider: 'sunoapi-co',
      lookup: { mode: 'task', taskIds: [TASK] },
      clipId: A,
      at: 83,
    });
    expect(link).toBe(`${ORIGIN}/task/${TASK}?p=sunoapi-co&clip=${A}&t=83`);
  });

  it('builds a clips link with the ids joined by commas', () => {
    const link = buildShareLink(`${ORIGIN}/`, {
      provider: 'sunoapi-com',
      lookup: { mode: 'clips', ids: [A, B] },
      clipId: B,
      at: null,
    });
    expect(link).toBe(`${ORIGIN}/clips/${A},${B}?p=sunoapi-com&clip=${B}`);
  });

  it('rounds the time to one decimal and leaves out zero, negative and non-finite times', () => {
    const base: ShareTarget = {
      provider: 'demo',
      lookup: { mode: 'task', taskIds: [TASK] },
      clipId: A,
      at: null,
    };
    expect(new URL(buildShareLink(ORIGIN, { ...base, at: 83.46 })).searchParams.get('t')).toBe(
      '83.5',
    );
    expect(new URL(buildShareLink(ORIGIN, { ...base, at: 12.0 })).searchParams.get('t')).toBe('12');
    for (const at of [0, 0.01, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      expect(new URL(buildShareLink(ORIGIN, { ...base, at })).searchParams.has('t')).toBe(false);
    }
  });

  it('carries only p, clip and t whatever else the target object holds', () => {
    const sneaky = {
      provider: 'sunoapi-co',
      lookup: { mode: 'task', taskIds: [TASK], apiKey: 'sk-secret' },
      clipId: A,
      at: 10,
      apiKey: 'sk-secret',
      key: 'sk-secret',
      baseUrl: 'https://evil.example',
    } as ShareTarget;
    const url = new URL(buildShareLink(ORIGIN, sneaky));
    expect([...url.searchParams.keys()].sort()).toEqual(['clip', 'p', 't']);
    expect(url.href).not.toContain('secret');
    expect(url.href).not.toContain('evil');
  });

  it('encodes hostile field values instead of letting them add parameters or path segments', () => {
    const hostile = {
      provider: 'demo&key=sk-secret',
      lookup: { mode: 'task', taskIds: ['../x?key=sk-secret#frag'] },
      clipId: `${A}&key=sk-secret`,
      at: null,
    } as unknown as ShareTarget;
    const url = new URL(buildShareLink(ORIGIN, hostile));
    expect([...url.searchParams.keys()].sort()).toEqual(['clip', 'p']);
    expect(url.hash).toBe('');
    expect(url.pathname.startsWith('/task/')).toBe(true);
    // And what was smuggled does not survive parsing either.
    expect(parseLink(url.href)?.ok).toBe(false);
  });
});

describe('round trips', () => {
  const lookups: ShareTarget['lookup'][] = [
    { mode: 'task', taskIds: [TASK] },
    { mode: 'clips', ids: [A, B] },
    { mode: 'clips', ids: [A] },
  ];
  for (const provider of PROVIDERS) {
    for (const lookup of lookups) {
      for (const at of [null, 83, 83.5, 3600]) {
        it(`${provider} ${lookup.mode} (${lookup.mode === 'clips' ? lookup.ids.length : 1}) at ${at}`, () => {
          const clipId = lookup.mode === 'clips' ? (lookup.ids.at(-1) ?? A) : A;
          const target: ShareTarget = { provider, lookup, clipId, at };
          expect(parseLink(buildShareLink(ORIGIN, target))).toEqual({ ok: true, target });
        });
      }
    }
  }

  it('normalizes upper-case UUIDs to lower case', () => {
    const result = parseShareParams(
      `/clips/${A.toUpperCase()},${B.toUpperCase()}`,
      `?p=demo&clip=${B.toUpperCase()}`,
    );
    expect(result).toEqual({
      ok: true,
      target: { provider: 'demo', lookup: { mode: 'clips', ids: [A, B] }, clipId: B, at: null },
    });
  });

  it('accepts percent-encoded commas and a trailing slash', () => {
    const result = parseShareParams(`/clips/${A}%2C${B}/`, `p=demo&clip=${A}`);
    expect(result?.ok).toBe(true);
  });
});

describe('parseShareParams', () => {
  it('returns null for an ordinary lookup URL without share parameters', () => {
    expect(parseShareParams(`/task/${TASK}`, '')).toBeNull();
    expect(parseShareParams(`/task/${TASK}`, '?p=demo')).toBeNull();
    expect(parseShareParams('/', '?utm_source=x')).toBeNull();
  });

  it.each([
    ['83', 83],
    ['83.5', 83.5],
    ['1:23', 83],
    ['1:23.5', 83.5],
    ['1m23s', 83],
    ['83s', 83],
    ['2m', 120],
    ['1h2m3s', 3723],
    ['1:02:03', 3723],
    ['86400', 86400],
    [' 1M23S ', 83],
  ])('reads t=%s as %s seconds', (t, seconds) => {
    const result = parseShareParams(
      `/task/${TASK}`,
      `?p=demo&clip=${A}&t=${encodeURIComponent(t)}`,
    );
    expect(result).toMatchObject({ ok: true, target: { at: seconds } });
  });

  it('treats t=0 and an empty t as no start time', () => {
    for (const t of ['0', '0:00', '']) {
      const result = parseShareParams(`/task/${TASK}`, `?p=demo&clip=${A}&t=${t}`);
      expect(result).toMatchObject({ ok: true, target: { at: null } });
    }
  });

  it.each([
    '-5',
    'NaN',
    'Infinity',
    '-Infinity',
    '86401',
    '25:00:00',
    '1e9',
    '1e2',
    '0x10',
    'javascript:alert(1)',
    '1:75',
    '1:75:00',
    '1m23',
    'abc',
    '83.',
    '.5',
    '1'.repeat(100),
  ])('refuses t=%s', (t) => {
    const message = expectError(`/task/${TASK}`, `?p=demo&clip=${A}&t=${encodeURIComponent(t)}`);
    expect(message).toMatch(/start time/i);
  });

  it('refuses an unknown or missing provider', () => {
    expect(expectError(`/task/${TASK}`, `?p=udio&clip=${A}`)).toMatch(/provider/i);
    expect(expectError(`/task/${TASK}`, `?p=__proto__&clip=${A}`)).toMatch(/provider/i);
    expect(expectError(`/task/${TASK}`, `?p=constructor&clip=${A}`)).toMatch(/provider/i);
    expect(expectError(`/task/${TASK}`, `?clip=${A}`)).toMatch(/provider/i);
  });

  it('refuses a clip id that is not a UUID, or a time without a clip', () => {
    expect(expectError(`/task/${TASK}`, '?p=demo&clip=not-a-uuid')).toMatch(/clip/i);
    expect(expectError(`/task/${TASK}`, `?p=demo&clip=${A}x`)).toMatch(/clip/i);
    expect(expectError(`/task/${TASK}`, '?p=demo&clip=')).toMatch(/clip/i);
    expect(expectError(`/task/${TASK}`, '?p=demo&t=10')).toMatch(/clip/i);
  });

  it('refuses a clip that is not part of the clips lookup', () => {
    expect(expectError(`/clips/${A}`, `?p=demo&clip=${B}`)).toMatch(/not one of/i);
  });

  it.each([
    ['/', 'root'],
    ['/settings', 'another page'],
    ['/task/', 'no id'],
    ['/task/not-a-uuid', 'bad task id'],
    [`/task/${TASK}/extra`, 'extra segment'],
    [`/clips/${A},nope`, 'one bad clip id'],
    [`/clips/${A}%ZZ`, 'broken percent-encoding'],
    [`/song/${A}`, 'a suno.com path'],
    [`//evil.example/task/${TASK}`, 'protocol-relative'],
  ])('refuses the path %s (%s)', (pathname) => {
    expectError(pathname, `?p=demo&clip=${A}`);
  });

  it('refuses more than 20 clip ids but accepts exactly 20', () => {
    const ids = Array.from(
      { length: 21 },
      (_, i) => `aaaaaaaa-1111-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const first = ids[0] ?? '';
    expect(expectError(`/clips/${ids.join(',')}`, `?p=demo&clip=${first}`)).toMatch(/20/);
    expect(
      parseShareParams(`/clips/${ids.slice(0, 20).join(',')}`, `?p=demo&clip=${first}`)?.ok,
    ).toBe(true);
  });

  it('never throws on hostile input and never echoes it back', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      'x'.repeat(100_000),
      '\u202e\u0000\ud800\udfff🎵👨‍👩‍👧',
      '%',
      '%E0%A4%A',
      '..%2F..%2Fetc%2Fpasswd',
      'ש"לום',
    ];
    for (const value of hostile) {
      const encoded = encodeURIComponent(value);
      const cases: [string, string][] = [
        [`/task/${value}`, `?p=demo&clip=${A}`],
        [`/task/${encoded}`, `?p=demo&clip=${A}`],
        [`/clips/${encoded}`, `?p=demo&clip=${A}`],
        [`/task/${TASK}`, `?p=${encoded}&clip=${A}`],
        [`/task/${TASK}`, `?p=demo&clip=${encoded}`],
        [`/task/${TASK}`, `?p=demo&clip=${A}&t=${encoded}`],
        [`/task/${TASK}`, `?p=demo&clip=${value}&t=${value}`],
      ];
      for (const [pathname, search] of cases) {
        const result = parseShareParams(pathname, search);
        expect(result?.ok).toBe(false);
        if (result && !result.ok) {
          expect(result.message).not.toContain('<');
          expect(result.message.length).toBeLessThan(200);
        }
      }
    }
    // A lone surrogate cannot be percent-encoded, but a raw one can still reach us.
    expect(parseShareParams(`/task/\ud800`, `?p=demo&clip=\udc00&t=\ud800`)?.ok).toBe(false);
  });
});

describe('parseStartTime', () => {
  it('returns null rather than guessing', () => {
    expect(parseStartTime('')).toBeNull();
    expect(parseStartTime('1e9')).toBeNull();
    expect(parseStartTime('+5')).toBeNull();
  });
});

describe('formatStartTime', () => {
  it('formats minutes and hours like a player clock', () => {
    expect(formatStartTime(83)).toBe('1:23');
    expect(formatStartTime(83.9)).toBe('1:23');
    expect(formatStartTime(5)).toBe('0:05');
    expect(formatStartTime(3723)).toBe('1:02:03');
    expect(formatStartTime(Number.NaN)).toBe('0:00');
  });
});

describe('embed and oEmbed links', () => {
  const target: ShareTarget = {
    provider: 'sunoapi-com',
    lookup: { mode: 'clips', ids: [A, B] },
    clipId: B,
    at: 12.5,
  };

  it('puts the embed player under /embed with the share link’s query, and reads it back', () => {
    const embed = buildEmbedLink(`${ORIGIN}/`, target);
    expect(embed).toBe(`${ORIGIN}/embed/clips/${A},${B}?p=sunoapi-com&clip=${B}&t=12.5`);
    const url = new URL(embed);
    expect(parseEmbedParams(url.pathname, url.search)).toEqual({ ok: true, target });
    expect(parseEmbedParams(`/clips/${A}`, url.search)).toMatchObject({ ok: false });
    expect(parseEmbedParams(`/embed/elsewhere/${A}`, url.search)).toMatchObject({ ok: false });
  });

  it('names the share link, encoded, in the oEmbed address', () => {
    const link = buildShareLink(ORIGIN, target);
    const oembed = new URL(buildOembedUrl(ORIGIN, link));
    expect(oembed.pathname).toBe('/oembed');
    expect(oembed.searchParams.get('url')).toBe(link);
    expect(oembed.searchParams.get('format')).toBe('json');
  });
});
