import { describe, expect, it } from 'vitest';
import { displayTitle } from '../clip';
import { isApiError } from '../errors';
import { coFixture } from './fixtures.test-helper';

const fixture = await coFixture();
import { normalizeTaskResponse } from './sunoapi-co.read';

function badResponse(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isApiError(e) && e.kind === 'bad-response') return e.message;
    throw e;
  }
  throw new Error('expected a bad-response ApiError');
}

describe('normalizeTaskResponse (sunoapi.co fixture)', () => {
  const result = normalizeTaskResponse(fixture);

  it('reads the task', () => {
    expect(result.taskId).toBe('976bdbf8-b5c9-4eda-b5cd-40f0e8fc875e');
    expect(result.taskStatus).toBe('complete');
    expect(result.clips.map((c) => c.id)).toEqual([
      'c83a492a-40ac-4606-a1c3-76487a85aaca',
      '186001a9-a9e2-487a-bdcc-417914676f24',
    ]);
  });

  it('normalizes the first clip field by field', () => {
    const clip = result.clips[0];
    expect(clip).toBeDefined();
    if (!clip) return;
    expect(clip.title).toBe('');
    expect(displayTitle(clip)).toBe('Untitled clip');
    expect(clip.status).toBe('complete');
    expect(clip.rawStatus).toBe('complete');
    expect(clip.handle).toBe('detachedchorale937');
    expect(clip.displayName).toBeNull();
    expect(clip.audioUrl).toBe('https://cdn1.suno.ai/c83a492a-40ac-4606-a1c3-76487a85aaca.mp3');
    expect(clip.videoUrl).toBe('https://cdn1.suno.ai/c83a492a-40ac-4606-a1c3-76487a85aaca.mp4');
    expect(clip.imageUrl).toBe(
      'https://cdn1.suno.ai/image_c83a492a-40ac-4606-a1c3-76487a85aaca.png',
    );
    expect(clip.imageLargeUrl).toBe(
      'https://cdn1.suno.ai/image_large_c83a492a-40ac-4606-a1c3-76487a85aaca.png',
    );
    expect(clip.avatarUrl).toBe('https://cdn1.suno.ai/defaultOrange.jpg');
    expect(clip.isVideoPending).toBe(false);
    expect(clip.modelName).toBe('chirp-v3.5');
    expect(clip.modelVersion).toBe('v3.5');
    expect(clip.createdAt).toBe('2024-07-10T13:41:18.077Z');
    expect(clip.isPublic).toBe(false);
    expect(clip.playCount).toBe(0);
    expect(clip.upvoteCount).toBe(0);
    expect(clip.taskPrompt?.startsWith('This song is like an old house')).toBe(true);
    // The flat sunoapi.co clip carries no metadata.
    expect(clip.tags).toEqual([]);
    expect(clip.lyrics).toBeNull();
    expect(clip.duration).toBeNull();
    expect(clip.history).toEqual([]);
    expect(clip.parentId).toBeNull();
    expect(clip.hasVocal).toBeNull();
  });

  it('reads a metadata block when a sunoapi.co-style answer carries one (the simulator does)', () => {
    const r = normalizeTaskResponse({
      code: 200,
      task_id: 't1',
      status: 'processing',
      prompt: { prompt: 'a song about rain' },
      clips: [
        {
          id: 'c1111111-0000-4000-8000-000000000001',
          status: 'streaming',
          audio_url: 'https://audiopipe.suno.ai/?item_id=c1111111-0000-4000-8000-000000000001',
          metadata: {
            tags: 'rock, Rock, , indie ',
            prompt: '[Verse] rain',
            type: 'gen',
            duration: '30.5',
            history: [{ id: 'm_p1', type: 'extend', continue_at: 12 }],
          },
        },
      ],
    });
    const clip = r.clips[0];
    expect(clip?.tags).toEqual(['rock', 'indie']);
    expect(clip?.lyrics).toBe('[Verse] rain');
    expect(clip?.duration).toBe(30.5);
    expect(clip?.parentId).toBe('p1');
    expect(clip?.taskPrompt).toBe('a song about rain');
    expect(clip?.status).toBe('streaming');
    expect(r.taskStatus).toBe('processing');
  });

  it('treats a task without clips yet as an empty result', () => {
    expect(normalizeTaskResponse({ code: 200, task_id: 't', status: 'submitted' })).toEqual({
      taskId: 't',
      taskStatus: 'submitted',
      clips: [],
      unusableClips: 0,
    });
  });

  it('uses the task status for clips that carry none', () => {
    const r = normalizeTaskResponse({
      task_id: 't',
      status: 'SUCCESS',
      clips: [{ id: 'aaaaaaaa-0000-4000-8000-00000000000a' }],
    });
    expect(r.clips[0]?.status).toBe('complete');
    expect(r.clips[0]?.rawStatus).toBe('SUCCESS');
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['clips that is not a list', { task_id: 't', clips: 'nope' }],
    ['a clip without id', { task_id: 't', clips: [{ title: 'x' }] }],
    ['a clip that is a number', { task_id: 't', clips: [3] }],
  ])('rejects %s as bad-response', (_label, json) => {
    const message = badResponse(() => normalizeTaskResponse(json));
    expect(message.length).toBeGreaterThan(10);
  });
});
