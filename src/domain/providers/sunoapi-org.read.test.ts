import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors';
import { orgCallbackFixture, orgFixture } from './fixtures.test-helper';
import { reader, readSunoapiOrg, versionOfModel } from './sunoapi-org.read';

const fixture = await orgFixture();
const callback = await orgCallbackFixture();

const A = 'e2314b7a-9c1d-4e2f-8a3b-5c6d8cadc7dc';
const B = '8551c0de-1f2a-4b3c-9d4e-5f6a7b8c662c';
const STREAM = 'https://musicfile.removeai.ai/stream-a';
const AUDIO = 'https://tempfile.aiquickdraw.com/r/a.mp3';

function record(status: string, clips: unknown[], extra: Record<string, unknown> = {}) {
  return {
    code: 200,
    msg: 'success',
    data: { taskId: 'abc123def4567890', status, response: { sunoData: clips }, ...extra },
  };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('readSunoapiOrg (record-info fixture)', () => {
  const result = readSunoapiOrg(fixture);

  it('reads the task', () => {
    expect(result.taskId).toBe('5c79a1f0b3e94c2d8f6a7b1c2d3ebe8e');
    expect(result.taskStatus).toBe('SUCCESS');
    expect(result.clips.map((c) => c.id)).toEqual([A, B]);
  });

  it('reads every field the provider sends', () => {
    const clip = result.clips[0];
    if (!clip) throw new Error('missing clip');
    expect(clip.title).toBe('Peaceful Piano');
    expect(clip.status).toBe('complete');
    expect(clip.rawStatus).toBe('SUCCESS');
    // The provider's own copy wins over Suno's source; the stream is never used once done.
    expect(clip.audioUrl).toBe(
      'https://tempfile.aiquickdraw.com/r/e2314b7a9c1d4e2f8a3b5c6d8cadc7dc.mp3',
    );
    expect(clip.imageUrl).toBe(
      'https://musicfile.removeai.ai/ZTIzMTRiN2EtOWMxZC00ZTJmLThhM2ItNWM2ZDhjYWRjN2Rj.jpeg',
    );
    expect(clip.lyrics).toBe(
      '[Verse]\nNight city lights shining bright\nPiano keys beneath the rain',
    );
    expect(clip.tags).toEqual(['classical', 'calm piano']);
    expect(clip.modelName).toBe('chirp-auk-turbo');
    expect(clip.modelVersion).toBe('v4.5-all');
    expect(clip.duration).toBe(198.44);
    expect(clip.createdAt).toBe('2025-01-01T00:00:00.000Z');
    expect(clip.taskPrompt).toBe('A calm piano track');
    expect(clip.errorMessage).toBeNull();
    expect(result.clips[1]?.duration).toBeNull();
  });

  it('falls back to Suno’s source URLs when the provider’s copy is missing', () => {
    const r = readSunoapiOrg(
      record('SUCCESS', [
        {
          id: A,
          sourceAudioUrl: `https://cdn1.suno.ai/${A}.mp3`,
          sourceImageUrl: `https://cdn2.suno.ai/image_${A}.jpeg`,
        },
      ]),
    );
    expect(r.clips[0]?.audioUrl).toBe(`https://cdn1.suno.ai/${A}.mp3`);
    expect(r.clips[0]?.imageUrl).toBe(`https://cdn2.suno.ai/image_${A}.jpeg`);
  });
});

describe('status words', () => {
  it.each([
    ['PENDING', { id: A }, 'queued', null],
    ['TEXT_SUCCESS', { id: A, streamAudioUrl: STREAM }, 'streaming', STREAM],
    ['TEXT_SUCCESS', { id: A }, 'queued', null],
    ['FIRST_SUCCESS', { id: A, audioUrl: AUDIO, streamAudioUrl: STREAM }, 'complete', AUDIO],
    ['FIRST_SUCCESS', { id: A, streamAudioUrl: STREAM }, 'streaming', STREAM],
    ['SUCCESS', { id: A, streamAudioUrl: STREAM }, 'complete', null],
    ['SOMETHING_NEW', { id: A, audioUrl: AUDIO }, 'unknown', AUDIO],
  ])('%s → %s', (word, clip, status, audioUrl) => {
    const r = readSunoapiOrg(record(word, [clip]));
    expect(r.clips[0]?.status).toBe(status);
    expect(r.clips[0]?.rawStatus).toBe(word);
    expect(r.clips[0]?.audioUrl).toBe(audioUrl);
  });

  it.each([
    'CREATE_TASK_FAILED',
    'GENERATE_AUDIO_FAILED',
    'CALLBACK_EXCEPTION',
    'SENSITIVE_WORD_ERROR',
  ])('%s makes the clips errors carrying the task’s message', (word) => {
    const r = readSunoapiOrg(record(word, [{ id: A }], { errorMessage: 'Lyrics flagged' }));
    expect(r.clips[0]?.status).toBe('error');
    expect(r.clips[0]?.errorMessage).toBe('Lyrics flagged');
  });

  it('turns a failed task without clips into an error with the provider’s words', () => {
    const e = caught(() =>
      readSunoapiOrg({
        code: 200,
        msg: 'success',
        data: { taskId: 'abc', status: 'SENSITIVE_WORD_ERROR', response: null, errorMessage: 'x!' },
      }),
    );
    expect(isApiError(e) && e.kind).toBe('not-found');
    expect(isApiError(e) && e.message).toContain('x!');
  });

  it('treats a pending task without a response as no clips yet', () => {
    const r = readSunoapiOrg({
      code: 200,
      msg: 'success',
      data: { taskId: 'abc', status: 'PENDING', response: null, param: 'not json' },
    });
    expect(r).toEqual({ taskId: 'abc', taskStatus: 'PENDING', clips: [], unusableClips: 0 });
  });
});

describe('callback bodies', () => {
  it('reads a pasted callback body', () => {
    const r = readSunoapiOrg(callback);
    expect(r.taskId).toBe('2fac1b2c3d4e5f60718293a4b5c69f72');
    expect(r.taskStatus).toBe('complete');
    const clip = r.clips[0];
    expect(clip).toMatchObject({
      id: B,
      title: 'Iron Man',
      status: 'complete',
      audioUrl: 'https://tempfile.aiquickdraw.com/r/8551c0de1f2a4b3c9d4e5f6a7b8c662c.mp3',
      imageUrl:
        'https://musicfile.removeai.ai/ODU1MWMwZGUtMWYyYS00YjNjLTlkNGUtNWY2YTdiOGM2NjJj.jpeg',
      lyrics: '[Verse] Night city lights shining bright',
      tags: ['electrifying', 'rock'],
      modelName: 'chirp-v3-5',
      duration: 198.44,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('reads a "first" callback’s stream while the rest is under way', () => {
    const r = readSunoapiOrg({
      code: 200,
      msg: 'First generated',
      data: { callbackType: 'first', task_id: 't', data: [{ id: A, stream_audio_url: STREAM }] },
    });
    expect(r.clips[0]).toMatchObject({ status: 'streaming', audioUrl: STREAM });
  });

  it('turns an error callback into an error with the provider’s words', () => {
    const e = caught(() =>
      readSunoapiOrg({
        code: 501,
        msg: 'Audio generation failed',
        data: { callbackType: 'error', task_id: 't', data: null },
      }),
    );
    expect(isApiError(e) && e.message).toContain('Audio generation failed');
  });
});

describe('recognizes and refuses', () => {
  it('recognizes record-info answers and callback bodies, not the seeds', () => {
    expect(reader.recognizes(fixture)).toBe(true);
    expect(reader.recognizes(callback)).toBe(true);
    expect(reader.recognizes({ task_id: 't', clips: [] })).toBe(false);
    expect(reader.recognizes({ clips: [] })).toBe(false);
    expect(reader.recognizes({ code: 'success', data: { task_id: 't', data: [] } })).toBe(false);
  });

  it('names the provider’s message for an error envelope', () => {
    const e = caught(() => readSunoapiOrg({ code: 401, msg: 'Invalid API key', data: null }));
    expect(isApiError(e) && e.message).toContain('Invalid API key');
  });

  it.each([
    [null],
    ['x'],
    [{}],
    [{ code: 200, data: { taskId: 't', response: { sunoData: [3] } } }],
  ])('refuses %j as bad-response', (json) => {
    const e = caught(() => readSunoapiOrg(json));
    expect(isApiError(e) && e.kind).toBe('bad-response');
  });
});

describe('versionOfModel', () => {
  it.each([
    ['V3_5', 'v3.5'],
    ['V4', 'v4'],
    ['V4_5', 'v4.5'],
    ['V4_5PLUS', 'v4.5+'],
    ['V4_5ALL', 'v4.5-all'],
    ['V5', 'v5'],
    ['V6_MINI', 'v6-mini'],
    ['V6_WILD', 'v6-wild'],
    ['chirp-crow', 'chirp-crow'],
  ])('%s → %s', (model, version) => {
    expect(versionOfModel(model)).toBe(version);
  });
});
