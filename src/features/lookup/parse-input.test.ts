import { describe, expect, it } from 'vitest';
import {
  EMPTY_MESSAGE,
  describeTarget,
  EXPECTED_MESSAGE,
  MAX_IDS,
  parseLookupInput,
  targetForInput,
} from './parse-input';

const A = '5a1e0001-0000-4000-8000-000000000001';
const B = '00e6b9e4-c29c-4cfe-8d7a-5b3f06ff5b90';
const C = '7070ec00-462e-42ac-9b9f-1074977f473f';

function ids(text: string) {
  const r = parseLookupInput(text);
  if (!r.ok) throw new Error(`expected ok for ${JSON.stringify(text)}: ${r.message}`);
  return r;
}

function message(text: string): string {
  const r = parseLookupInput(text);
  if (r.ok) throw new Error(`expected failure for ${JSON.stringify(text)}`);
  return r.message;
}

describe('parseLookupInput: IDs', () => {
  it('accepts one bare UUID, lower-cased', () => {
    expect(ids(A)).toEqual({ ok: true, ids: [A], fromLink: false, skipped: null });
    expect(ids(`  ${B.toUpperCase()}\n`).ids).toEqual([B]);
  });

  it('accepts lists separated by commas, spaces, semicolons or new lines; dedupes in order', () => {
    expect(ids(`${A},${B}`).ids).toEqual([A, B]);
    expect(ids(`${A}, ${B}  ${C}`).ids).toEqual([A, B, C]);
    expect(ids(`${C}\n${A}\r\n${B};${A}\n${C.toUpperCase()}`).ids).toEqual([C, A, B]);
    expect(ids(`${A},,${B},`).fromLink).toBe(false);
  });

  it(`allows up to ${MAX_IDS} IDs`, () => {
    const many = Array.from(
      { length: MAX_IDS + 1 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(ids(many.slice(0, MAX_IDS).join(',')).ids).toHaveLength(MAX_IDS);
    expect(message(many.join(','))).toContain(String(MAX_IDS));
    // Duplicates do not count against the limit.
    expect(ids(Array.from({ length: 50 }, () => A).join(' ')).ids).toEqual([A]);
  });
});

describe('parseLookupInput: links', () => {
  it.each([
    `https://suno.com/song/${B}`,
    `https://www.suno.com/song/${B}`,
    `https://suno.com/song/${B}/`,
    `https://suno.com/song/${B}?sh=AbCdEf123`,
    `http://suno.com/song/${B}#top`,
    `suno.com/song/${B}`,
    `www.suno.com/song/${B}?sh=x`,
    `https://app.suno.ai/song/${B}`,
    `https://suno.ai/song/${B}`,
    `https://cdn1.suno.ai/${B}.mp3`,
    `https://cdn1.suno.ai/${B}.mp4`,
    `https://cdn2.suno.ai/${B}.mp3`,
    `cdn1.suno.ai/${B}.mp3`,
    `https://audiopipe.suno.ai/?item_id=${B}`,
    `<https://suno.com/song/${B}>`,
    `(https://suno.com/song/${B}).`,
    `HTTPS://SUNO.COM/song/${B.toUpperCase()}`,
  ])('reads %s', (link) => {
    expect(ids(link)).toEqual({ ok: true, ids: [B], fromLink: true, skipped: null });
  });

  it('accepts mixed lists of links and IDs', () => {
    expect(ids(`${A}, https://suno.com/song/${B}\ncdn1.suno.ai/${C}.mp3`)).toEqual({
      ok: true,
      ids: [A, B, C],
      fromLink: true,
      skipped: null,
    });
  });

  it.each([
    `https://evil.example/song/${B}`,
    `https://suno.com.evil.example/song/${B}`,
    `https://suno.com/playlist/${B}`,
    `https://suno.com/song/not-a-uuid`,
    `https://cdn1.suno.ai/image_${B}.jpeg`,
    `https://audiopipe.suno.ai/?item_id=nope`,
    `ftp://suno.com/song/${B}`,
    `javascript:alert('${B}')`,
    `javascript://suno.com/song/${B}`,
  ])('refuses %s', (text) => {
    expect(parseLookupInput(text).ok).toBe(false);
  });
});

describe('parseLookupInput: messages', () => {
  it('asks for input when empty', () => {
    expect(message('')).toBe(EMPTY_MESSAGE);
    expect(message('  \n\t ')).toBe(EMPTY_MESSAGE);
    expect(EMPTY_MESSAGE).toBe('Paste a task or clip ID first.');
  });

  it('names the problem when nothing is recognisable', () => {
    expect(message('hello world')).toBe('“hello world” isn’t a task ID, clip ID or suno.com link.');
    expect(message('https://example.com/x')).toBe(
      'example.com links can’t be looked up: paste a suno.com/song link or an ID.',
    );
    expect(message('example.com/x')).toMatch(/^example\.com links/);
    expect(message('https://suno.com/playlist/abc')).toMatch(
      /suno\.com link doesn’t point to a song/,
    );
    expect(message('5a1e0001-0000-4000-8000')).toMatch(/part of an ID: a whole one has 36/);
    expect(EXPECTED_MESSAGE).toContain('5a1e0001-0000-4000-8000-000000000001');
  });

  it('looks up the good IDs and names what it leaves out, truncated to 40 characters', () => {
    expect(ids(`${A}, oops`)).toEqual({
      ok: true,
      ids: [A],
      fromLink: false,
      skipped: 'Leaves out “oops” (not a task ID, clip ID or suno.com/song link).',
    });
    expect(ids(`${A} https://example.com/x ${B} nope`).skipped).toBe(
      'Leaves out “https://example.com/x” (a example.com link, which can’t be looked up) and 1 more that aren’t IDs.',
    );
    const long = 'x'.repeat(300);
    const m = ids(`${A} ${long}`).skipped ?? '';
    expect(m).toContain('x'.repeat(39) + '…');
    expect(m).not.toContain('x'.repeat(41));
    expect(ids(`${A} ${B}`).skipped).toBeNull();
    // A comma splits a data: URL from the ID after it: the ID alone is looked up, as text.
    expect(ids(`data:text/html,${B}`)).toMatchObject({ ids: [B], skipped: /“data:text\/html”/ });
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(document.cookie)',
    '"><svg/onload=alert(1)>',
    '\u0000\u0001\u0002',
    '🎵🎵🎵',
    'a'.repeat(100_000),
    `${A} `.repeat(5_000),
    'https://'.repeat(10_000),
    '%E0%A4%A',
    'http://[::1',
  ])('refuses hostile input without throwing (%#)', (text) => {
    const r = parseLookupInput(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(200);
  });
});

describe('targetForInput', () => {
  it('treats a lone bare UUID as a task where tasks are supported', () => {
    expect(targetForInput([A], false, 'demo')).toEqual({ mode: 'task', taskIds: [A] });
    expect(targetForInput([A], false, 'sunoapi-co')).toEqual({ mode: 'task', taskIds: [A] });
  });

  it('treats a lone bare UUID as a clip on sunoapi.com', () => {
    expect(targetForInput([A], false, 'sunoapi-com')).toEqual({ mode: 'clips', ids: [A] });
  });

  it('treats several bare IDs as a batch of tasks where tasks are supported', () => {
    expect(targetForInput([A, B], false, 'demo')).toEqual({ mode: 'task', taskIds: [A, B] });
    expect(targetForInput([A, B], false, 'sunoapi-co')).toEqual({
      mode: 'task',
      taskIds: [A, B],
    });
    expect(describeTarget({ mode: 'task', taskIds: [A, B] }, 'sunoapi-co')).toBe(
      'Looks up 2 tasks together with sunoapi.co.',
    );
  });

  it('treats several IDs on sunoapi.com, or any link, as clip IDs', () => {
    expect(targetForInput([A, B], false, 'sunoapi-com')).toEqual({ mode: 'clips', ids: [A, B] });
    expect(targetForInput([B], true, 'demo')).toEqual({ mode: 'clips', ids: [B] });
    expect(targetForInput([A, B], true, 'sunoapi-com')).toEqual({ mode: 'clips', ids: [A, B] });
  });

  it('tells sunoapi.co users to switch provider for song links', () => {
    const t = targetForInput([B], true, 'sunoapi-co');
    expect('error' in t && t.error).toMatch(/sunoapi\.com.*Settings/);
  });

  it('refuses an empty list', () => {
    expect(targetForInput([], false, 'demo')).toEqual({ error: EMPTY_MESSAGE });
  });

  it('round-trips parse → target for a pasted song link', () => {
    const parsed = ids(`https://suno.com/song/${B}?sh=abc`);
    expect(targetForInput(parsed.ids, parsed.fromLink, 'demo')).toEqual({
      mode: 'clips',
      ids: [B],
    });
  });

  it('takes a task code only where the provider hands codes out, and says which form it expects', () => {
    const code = '9f0c3e1a5b7d4c2e8a6b1d3f5e7c9a0b';
    expect(ids(code).ids).toEqual([code]);
    const refused = targetForInput([code], false, 'sunoapi-co');
    expect('error' in refused && refused.error).toBe(
      `sunoapi.co task IDs are a UUID like 5a1e0001-0000-4000-8000-000000000001; “${code}” is not one.`,
    );
    const clipsOnly = targetForInput([code], false, 'sunoapi-com');
    expect('error' in clipsOnly && clipsOnly.error).toMatch(/^sunoapi\.com looks up clip IDs/);
  });
});
