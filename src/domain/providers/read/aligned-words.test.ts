import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors';
import { readAceTimings } from '../acedata.read';
import { readGcuiTimings } from '../gcui.read';
import { readSunoTimings } from '../suno.read';
import { readOrgTimings } from '../sunoapi-org.read';
import { readAlignedWords } from './aligned-words';

const RAW = [
  { word: '[Verse]\nWaggin’ ', success: true, start_s: 1.2, end_s: 1.6, p_align: 0.9 },
  { word: 'tails\n', success: false, start_s: '1.7', end_s: '2.1', p_align: 0.2 },
];
const WORDS = [
  { word: '[Verse]\nWaggin’ ', start: 1.2, end: 1.6, success: true },
  { word: 'tails\n', start: 1.7, end: 2.1, success: false },
];

describe('readAlignedWords', () => {
  it('reads Suno’s word keys, times given as numbers or strings', () => {
    expect(readAlignedWords(RAW)).toEqual(WORDS);
  });

  it('leaves out words it cannot read rather than guess their times', () => {
    expect(
      readAlignedWords([
        { word: 'x', start_s: 2, end_s: 1 },
        { word: '', start_s: 1, end_s: 2 },
        { word: 'y', start_s: 'soon', end_s: 2 },
        { start_s: 1, end_s: 2 },
        null,
        { word: 'ok', start_s: 3, end_s: 4 },
      ]),
    ).toEqual([{ word: 'ok', start: 3, end: 4, success: true }]);
    expect(readAlignedWords(null)).toEqual([]);
  });
});

describe('each dialect’s timings envelope', () => {
  it('sunoapi.org: data.alignedWords, and its {code, msg} refusals in its words', () => {
    const ok = { code: 200, msg: 'success', data: { alignedWords: RAW, hootCer: 0 } };
    expect(readOrgTimings(ok)).toEqual(WORDS);
    expect(readOrgTimings({ code: 200, msg: 'success', data: { alignedWords: [] } })).toEqual([]);
    expect(() => readOrgTimings({ code: 404, msg: 'Audio not found', data: null })).toThrow(
      /404: Audio not found/,
    );
    expect(() => readOrgTimings({ hello: 1 })).toThrow(ApiError);
  });

  it('gcui-art: the bare list, and its {error} refusal', () => {
    expect(readGcuiTimings(RAW)).toEqual(WORDS);
    expect(() => readGcuiTimings({ error: 'cookie expired' })).toThrow(/could not ask Suno/);
    expect(() => readGcuiTimings({})).toThrow(ApiError);
  });

  it('AceData: data.aligned_words, and its {error: {code, message}} refusal', () => {
    expect(readAceTimings({ success: true, data: { aligned_words: RAW } })).toEqual(WORDS);
    expect(() =>
      readAceTimings({ error: { code: 'invalid_token', message: 'no' }, trace_id: 't' }),
    ).toThrow(/refused/);
  });

  it('Suno: aligned_words beside the v2 lines', () => {
    expect(readSunoTimings({ aligned_words: RAW, aligned_lyrics: [] })).toEqual(WORDS);
    expect(() => readSunoTimings([])).toThrow(ApiError);
  });
});
