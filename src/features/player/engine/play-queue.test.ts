import { describe, expect, it } from 'vitest';
import { isPlayable, type Clip, type ClipStatus } from '../../../domain/clip';
import { nextClip, previousClip, takeNumber } from './play-queue';

function clip(id: string, status: ClipStatus = 'complete', audio = true): Clip {
  return { id, status, audioUrl: audio ? `https://cdn.example/${id}.mp3` : null } as Clip;
}

describe('play queue', () => {
  const queue = [
    clip('a'),
    clip('b', 'error'),
    clip('c', 'streaming'),
    clip('d', 'queued', false),
    clip('e', 'complete', false),
    clip('f'),
  ];

  it('plays finished and streaming clips, nothing else', () => {
    expect(queue.map(isPlayable)).toEqual([true, false, true, false, false, true]);
  });

  it('finds the next playable clip, skipping errors and clips with no audio', () => {
    expect(nextClip(queue, 'a')?.id).toBe('c');
    expect(nextClip(queue, 'c')?.id).toBe('f');
    expect(nextClip(queue, 'f')).toBeNull();
  });

  it('finds the previous playable clip', () => {
    expect(previousClip(queue, 'f')?.id).toBe('c');
    expect(previousClip(queue, 'c')?.id).toBe('a');
    expect(previousClip(queue, 'a')).toBeNull();
  });

  it('starts from the top when the current clip is not in the queue', () => {
    expect(nextClip(queue, 'elsewhere')?.id).toBe('a');
    expect(nextClip(queue, null)?.id).toBe('a');
    expect(previousClip(queue, 'elsewhere')).toBeNull();
    expect(nextClip([], 'a')).toBeNull();
  });
});

describe('takeNumber', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => clip(id));
  const queue = [a, b, c, d] as Clip[];
  const task = { provider: 'demo', target: { mode: 'task', taskIds: ['t1'] } } as const;

  it('numbers a clip among its task’s takes; in a batch, within its own task', () => {
    expect(takeNumber(queue, { ...task, target: { mode: 'task', taskIds: ['t1'] } }, 'c')).toBe(3);
    const batch = {
      provider: 'demo' as const,
      target: { mode: 'task' as const, taskIds: ['t1', 't2'] },
      takes: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    };
    expect(takeNumber(queue, batch, 'd')).toBe(2);
    expect(takeNumber(queue, batch, 'a')).toBe(1);
  });

  it('gives no number to a list of clips, a lone take, or no lookup', () => {
    const list = { provider: 'demo' as const, target: { mode: 'clips' as const, ids: ['a', 'b'] } };
    expect(takeNumber(queue, list, 'a')).toBeNull();
    expect(
      takeNumber([a] as Clip[], { ...task, target: { mode: 'task', taskIds: ['t1'] } }, 'a'),
    ).toBeNull();
    expect(takeNumber(queue, null, 'a')).toBeNull();
  });
});
