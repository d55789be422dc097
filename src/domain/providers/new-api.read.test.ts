import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors';
import { newApiFixture } from './fixtures.test-helper';
import { reader, readNewApi } from './new-api.read';

const fixture = await newApiFixture();
const A = '3f2b9a10-6c4d-4e8f-9a1b-2c3d4e5f6a7b';
const B = 'b0b0b0b0-0000-4000-8000-00000000000b';

function task(status: string, clips: unknown[], extra: Record<string, unknown> = {}) {
  return {
    code: 'success',
    message: '',
    data: { task_id: 'task_x1', status, data: clips, ...extra },
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

describe('readNewApi (fetch fixture)', () => {
  const result = readNewApi(fixture);

  it('reads the task', () => {
    expect(result.taskId).toBe('task_9f8e7d6c5b4a39281706f5e4d3c2b1a0');
    expect(result.taskStatus).toBe('SUCCESS');
    expect(result.clips.map((c) => c.id)).toEqual([A]);
  });

  it('reads every field of the Suno clip inside', () => {
    expect(result.clips[0]).toMatchObject({
      title: 'Harbor Lights',
      status: 'complete',
      rawStatus: 'complete',
      audioUrl: `https://cdn1.suno.ai/${A}.mp3`,
      videoUrl: `https://cdn1.suno.ai/${A}.mp4`,
      imageUrl: `https://cdn2.suno.ai/image_${A}.jpeg`,
      imageLargeUrl: `https://cdn2.suno.ai/image_large_${A}.jpeg`,
      lyrics: '[Verse]\nHarbor lights are calling\nOver the water',
      tags: ['synthwave', 'night drive'],
      modelName: 'chirp-auk',
      modelVersion: 'v4.5',
      duration: 173.2,
      createdAt: '2025-01-01T00:00:05.123Z',
      handle: 'harborlights406',
      clipType: 'gen',
    });
  });
});

describe('task words and reseller variants', () => {
  it.each([
    ['NOT_START', 'submitted'],
    ['SUBMITTED', 'submitted'],
    ['QUEUED', 'queued'],
    ['IN_PROGRESS', 'queued'],
    ['SUCCESS', 'complete'],
    ['UNKNOWN', 'unknown'],
    ['processing', 'queued'],
    ['complete', 'complete'],
  ])('a clip without a status of its own in a %s task is %s', (word, status) => {
    const r = readNewApi(task(word, [{ id: A }]));
    expect(r.clips[0]?.status).toBe(status);
    expect(r.taskStatus).toBe(word);
  });

  it('keeps a clip’s own status over the task’s', () => {
    const r = readNewApi(
      task('IN_PROGRESS', [
        { id: A, status: 'streaming', audio_url: 'https://audiopipe.suno.ai/?item_id=a' },
      ]),
    );
    expect(r.clips[0]?.status).toBe('streaming');
  });

  it('reads the reseller shape with code 1 and lower-case words', () => {
    const r = readNewApi({
      code: 1,
      data: { task_id: 'suno_task_abc123', status: 'processing', data: [] },
    });
    expect(r).toEqual({
      taskId: 'suno_task_abc123',
      taskStatus: 'processing',
      clips: [],
      unusableClips: 0,
    });
  });

  it('fails the unfinished clips of a failed task with the relay’s reason', () => {
    const r = readNewApi(
      task(
        'FAILURE',
        [
          { id: A, status: 'complete', audio_url: `https://cdn1.suno.ai/${A}.mp3` },
          { id: B, status: 'streaming' },
        ],
        {
          fail_reason: 'upstream refused the lyrics',
        },
      ),
    );
    expect(r.clips.map((c) => c.status)).toEqual(['complete', 'error']);
    expect(r.clips[1]?.errorMessage).toBe('upstream refused the lyrics');
  });

  it('turns a failed task without clips into an error naming the reason', () => {
    const e = caught(() => readNewApi(task('FAILURE', [], { fail_reason: 'insufficient quota' })));
    expect(isApiError(e) && e.kind).toBe('not-found');
    expect(isApiError(e) && e.message).toContain('insufficient quota');
  });

  it('reads the batch answer: every task’s clips', () => {
    const r = readNewApi({
      code: 'success',
      data: [
        { task_id: 't1', status: 'SUCCESS', data: [{ id: A, status: 'complete' }] },
        { task_id: 't2', status: 'QUEUED', data: [{ id: B }] },
      ],
    });
    expect(r.clips.map((c) => [c.id, c.status])).toEqual([
      [A, 'complete'],
      [B, 'queued'],
    ]);
    expect(r.taskId).toBeNull();
  });
});

describe('recognizes and refuses', () => {
  it('recognizes relay answers, not other dialects', () => {
    expect(reader.recognizes(fixture)).toBe(true);
    expect(
      reader.recognizes({ code: 1, data: { task_id: 't', status: 'complete', data: [] } }),
    ).toBe(true);
    expect(reader.recognizes({ task_id: 't', clips: [] })).toBe(false);
    expect(
      reader.recognizes({ code: 200, data: { callbackType: 'complete', task_id: 't', data: [] } }),
    ).toBe(false);
    expect(reader.recognizes({ code: 200, data: { taskId: 't', status: 'SUCCESS' } })).toBe(false);
  });

  it('names what the relay said for an error body', () => {
    const e = caught(() =>
      readNewApi({ code: 'task_not_exist', message: 'task_not_exist', data: null }),
    );
    expect(isApiError(e) && e.message).toContain('task_not_exist');
  });

  it.each([[null], ['x'], [{}], [{ code: 'success', data: { task_id: 't', data: [3] } }]])(
    'refuses %j as bad-response',
    (json) => {
      const e = caught(() => readNewApi(json));
      expect(isApiError(e) && e.kind).toBe('bad-response');
    },
  );
});
