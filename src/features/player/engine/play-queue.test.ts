import { describe, expect, it } from 'vitest';
import { isPlayable, type Clip, type ClipStatus } from '../../../domain/clip';
import { nextClip, previousClip } from './play-queue';

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
