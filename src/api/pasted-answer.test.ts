import { afterEach, describe, expect, it, vi } from 'vitest';
import { coFixture, comFixture } from '../domain/providers/fixtures.test-helper';
import { EXPECTED_ANSWER, readAnswerText } from './pasted-answer';
import { rememberPastedAnswer } from './pasted-answer-store';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('a pasted provider answer', () => {
  it('is read by the dialect its shape names, whichever provider is selected, with no request', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    const co = await readAnswerText(JSON.stringify(await coFixture()));
    const com = await readAnswerText(JSON.stringify(await comFixture()));
    expect('error' in co ? co.error : co.provider).toBe('sunoapi-co');
    expect('error' in com ? com.error : com.provider).toBe('sunoapi-com');
    if ('error' in com) return;
    expect(com.target).toEqual({ mode: 'clips', ids: com.result.clips.map((c) => c.id) });
    expect(com.result.clips.length).toBeGreaterThan(0);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says what was expected for garbage and for JSON that is not an answer', async () => {
    expect(await readAnswerText('{"clips": [')).toEqual({
      error: `That is not valid JSON. ${EXPECTED_ANSWER}`,
    });
    expect(await readAnswerText('{"hello": "world"}')).toEqual({
      error: `That JSON is not an answer this app can read. ${EXPECTED_ANSWER}`,
    });
    expect(EXPECTED_ANSWER).toContain('sunoapi.com');
  });

  it('is kept for the session, so its page survives a reload', async () => {
    const text = JSON.stringify(await comFixture());
    const read = await rememberPastedAnswer(text);
    expect('error' in read).toBe(false);
    expect(sessionStorage.getItem('clip-viewer:pasted-answers')).toContain('"sunoapi-com"');
  });
});
