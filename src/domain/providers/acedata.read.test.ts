import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors';
import sample from './fixtures/acedata-task-complete.json';
import { acedata } from './acedata';
import { normalizeAceTask, reader } from './acedata.read';

const A = '3b1f0c9e-5d2a-4c8e-9f61-2a7d4e8b1c05';
const B = '8e24d7a1-0b6c-4f3e-a915-6c2d9b0e7f48';
const TASK = 'c47e2a90-1f3b-4d6a-8e25-b0c9d7e1f364';
const fixture = () => structuredClone(sample) as unknown;

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isApiError(e)) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('normalizeAceTask (AceData fixture)', () => {
  const result = normalizeAceTask(fixture());

  it('reads the task', () => {
    expect(result.taskId).toBe(TASK);
    expect(result.taskStatus).toBe('succeeded');
    expect(result.clips.map((c) => c.id)).toEqual([A, B]);
  });

  it('reads every field of a clip', () => {
    const clip = result.clips[0];
    if (!clip) throw new Error('missing clip');
    expect(clip.title).toBe('First Train');
    expect(clip.imageUrl).toBe(`https://cdn2.suno.ai/image_${A}.jpeg`);
    expect(clip.lyrics).toBe(sample.response.data[0]?.lyric);
    expect(clip.audioUrl).toBe(`https://cdn1.suno.ai/${A}.mp3`);
    expect(clip.videoUrl).toBe(`https://cdn1.suno.ai/${A}.mp4`);
    expect(clip.createdAt).toBe('2024-10-17T06:09:05.120Z');
    expect(clip.modelName).toBe('chirp-v3.5');
    // AceData's prompt is what the task was asked for, not the lyrics.
    expect(clip.taskPrompt).toBe('an upbeat song about the first train of the morning');
    expect(clip.tags).toEqual(['indie pop', 'bright', 'handclaps']);
    expect(clip.duration).toBe(162.36);
    expect(clip.status).toBe('complete');
    expect(clip.rawStatus).toBe('succeeded');
  });

  it('reads media on AceData’s own CDN, a host its definition names', () => {
    const clip = result.clips[1];
    expect(clip?.audioUrl).toBe(`https://platform.cdn.acedata.cloud/suno/${B}.mp3`);
    expect(clip?.duration).toBe(149.8);
    expect(acedata.mediaHosts).toContain('.acedata.cloud');
  });

  it('prefers Suno’s status word and falls back to the task’s success', () => {
    const json = fixture() as typeof sample;
    const [first, second] = json.response.data as Record<string, unknown>[];
    if (!first || !second) throw new Error('missing clips');
    first.status = 'streaming';
    delete second.state;
    const clips = normalizeAceTask(json).clips;
    expect(clips.map((c) => c.status)).toEqual(['streaming', 'complete']);
  });

  it('maps AceData’s states', () => {
    const json = fixture() as typeof sample;
    const [first, second] = json.response.data as Record<string, unknown>[];
    if (!first || !second) throw new Error('missing clips');
    first.state = 'pending';
    first.audio_url = '';
    second.state = 'failed';
    expect(normalizeAceTask(json).clips.map((c) => c.status)).toEqual(['queued', 'error']);
  });

  it('treats a task without a response yet as running, with no clips', () => {
    expect(normalizeAceTask({ id: TASK, request: { action: 'generate' } })).toEqual({
      taskId: TASK,
      taskStatus: 'pending',
      clips: [],
      unusableClips: 0,
    });
  });

  it('gives AceData’s words for a refusal and for a failed task', () => {
    const refused = errorOf(() =>
      normalizeAceTask({ error: { code: 'token_mismatched', message: 'Token is invalid' } }),
    );
    expect(refused.detail).toBe('Token is invalid');
    const failed = errorOf(() =>
      normalizeAceTask({
        id: TASK,
        response: { success: false, error: { code: 'bad_request', message: 'lyric too long' } },
      }),
    );
    expect(failed.detail).toBe('lyric too long');
  });

  it.each([null, 'x', [], {}, { id: TASK, response: { data: 'nope' } }])(
    'refuses %j as bad-response',
    (json) => {
      expect(errorOf(() => normalizeAceTask(json)).kind).toBe('bad-response');
    },
  );

  it('recognizes its own answers only', () => {
    expect(reader.recognizes(fixture())).toBe(true);
    expect(reader.recognizes([{ id: A, lyric: 'x' }])).toBe(false);
    expect(reader.recognizes({ task_id: TASK, clips: [] })).toBe(false);
  });
});
