import { describe, expect, it } from 'vitest';
import { isSettled } from '../../clip';
import { normalizeClip, splitTags } from './normalize-clip';
import { mapStatus } from './status-words';

describe('mapStatus', () => {
  it.each([
    ['submitted', 'submitted'],
    ['queued', 'queued'],
    ['pending', 'queued'],
    ['streaming', 'streaming'],
    ['complete', 'complete'],
    ['completed', 'complete'],
    ['SUCCESS', 'complete'],
    ['success', 'complete'],
    [' Complete ', 'complete'],
    ['error', 'error'],
    ['FAILURE', 'error'],
    ['failed', 'error'],
    ['banana', 'unknown'],
    ['', 'unknown'],
    ['constructor', 'unknown'],
    ['__proto__', 'unknown'],
  ] as const)('%j → %s', (raw, expected) => {
    expect(mapStatus(raw, false)).toBe(expected);
  });

  it('counts processing as streaming only when audio is playable', () => {
    expect(mapStatus('processing', true)).toBe('streaming');
    expect(mapStatus('PROCESSING', false)).toBe('queued');
    expect(mapStatus('running', false)).toBe('queued');
  });
});

describe('splitTags', () => {
  it('splits, trims, dedupes (case-insensitively) and drops empties', () => {
    expect(splitTags(' synthwave, dreamy ,,Dreamy, 80s ')).toEqual(['synthwave', 'dreamy', '80s']);
    expect(splitTags(['a', 3, ' b '])).toEqual(['a', 'b']);
    expect(splitTags(null)).toEqual([]);
    expect(splitTags('')).toEqual([]);
  });
});

describe('normalizeClip', () => {
  it('returns null for things that are not clips', () => {
    expect(normalizeClip(null)).toBeNull();
    expect(normalizeClip('abc')).toBeNull();
    expect(normalizeClip({})).toBeNull();
    expect(normalizeClip({ id: 42 })).toBeNull();
    expect(normalizeClip({ id: '' })).toBeNull();
  });

  it('fills a minimal clip with safe defaults', () => {
    const clip = normalizeClip({ id: 'x' });
    expect(clip).toMatchObject({
      id: 'x',
      title: '',
      status: 'unknown',
      rawStatus: '',
      audioUrl: null,
      tags: [],
      lyrics: null,
      history: [],
      concatHistory: [],
      parentId: null,
      isVideoPending: false,
      isPublic: null,
    });
  });

  it('degrades wrongly typed optional fields to null instead of rejecting the clip', () => {
    const clip = normalizeClip({
      id: 'x',
      title: 12,
      status: 'complete',
      handle: { evil: true },
      play_count: 'many',
      upvote_count: -3,
      is_public: 'yes',
      created_at: 'not a date',
      is_video_pending: 'no',
      metadata: { duration: 'long', tags: 5, prompt: ['x'], history: 'nope' },
    });
    expect(clip).not.toBeNull();
    expect(clip?.title).toBe('');
    expect(clip?.status).toBe('complete');
    expect(clip?.handle).toBeNull();
    expect(clip?.playCount).toBeNull();
    expect(clip?.upvoteCount).toBeNull();
    expect(clip?.isPublic).toBeNull();
    expect(clip?.createdAt).toBeNull();
    expect(clip?.isVideoPending).toBe(false);
    expect(clip?.duration).toBeNull();
    expect(clip?.tags).toEqual([]);
    expect(clip?.lyrics).toBeNull();
    expect(clip?.history).toEqual([]);
  });

  it('survives a metadata block of the wrong type', () => {
    expect(normalizeClip({ id: 'x', metadata: 'oops' })?.id).toBe('x');
  });

  it('drops unsafe and placeholder URLs', () => {
    const clip = normalizeClip({
      id: 'x',
      status: 'error',
      audio_url: 'https://cdn1.suno.ai/None.mp3',
      video_url: 'javascript:alert(1)',
      image_url: 'data:image/png;base64,AAAA',
      image_large_url: '/relative.png',
      avatar_image_url: '',
      metadata: {
        error_type: 'moderation',
        error_message: 'Song Description contained artist name',
      },
    });
    expect(clip?.audioUrl).toBeNull();
    expect(clip?.videoUrl).toBeNull();
    expect(clip?.imageUrl).toBeNull();
    expect(clip?.imageLargeUrl).toBeNull();
    expect(clip?.avatarUrl).toBeNull();
    expect(clip?.errorType).toBe('moderation');
    expect(clip?.errorMessage).toBe('Song Description contained artist name');
    expect(clip && isSettled(clip)).toBe(true);
  });

  it('treats empty URLs right after submit as missing', () => {
    const clip = normalizeClip({
      id: 'x',
      status: 'submitted',
      audio_url: '',
      video_url: '',
      image_url: null,
    });
    expect([clip?.audioUrl, clip?.videoUrl, clip?.imageUrl]).toEqual([null, null, null]);
  });

  it('maps history, concat history and parent', () => {
    const clip = normalizeClip({
      id: 'x',
      metadata: {
        type: 'concat',
        history: [
          { id: 'm_a', type: 'gen', continue_at: null },
          { id: 'm_b', type: 'extend', source: 'web', infill: true, continue_at: '61.5' },
          { type: 'broken entry without id' },
        ],
        concat_history: [{ id: 'c1', type: 'concat' }],
      },
    });
    expect(clip?.clipType).toBe('concat');
    expect(clip?.history).toEqual([
      { id: 'a', type: 'gen', source: null, infill: false, continueAt: null },
      { id: 'b', type: 'extend', source: 'web', infill: true, continueAt: 61.5 },
    ]);
    expect(clip?.concatHistory).toEqual([
      { id: 'c1', type: 'concat', source: null, infill: false, continueAt: null },
    ]);
    // A concat names its parent in concat_history, which wins over the extend history.
    expect(clip?.parentId).toBe('c1');
    expect(clip?.origin).toEqual({ kind: 'concat', parentId: 'c1', parentTitle: null });
  });

  it('takes the last history entry as the parent of an extend', () => {
    const clip = normalizeClip({
      id: 'x',
      metadata: { type: 'gen', history: [{ id: 'm_A' }, { id: 'B', continue_at: 30 }] },
    });
    expect(clip?.parentId).toBe('b');
    expect(clip?.origin).toBeNull();
  });

  it('reads lyrics and tags from flat clips too', () => {
    const clip = normalizeClip({ id: 'x', tags: 'pop', prompt: 'la la', duration: 12 });
    expect(clip?.tags).toEqual(['pop']);
    expect(clip?.lyrics).toBe('la la');
    expect(clip?.duration).toBe(12);
  });

  it('refuses negative and non-finite durations', () => {
    expect(normalizeClip({ id: 'x', metadata: { duration: -1 } })?.duration).toBeNull();
    expect(normalizeClip({ id: 'x', metadata: { duration: '' } })?.duration).toBeNull();
    expect(normalizeClip({ id: 'x', metadata: { duration: '1e400' } })?.duration).toBeNull();
  });

  it('keeps a complete clip with a pending video unsettled', () => {
    const clip = normalizeClip({ id: 'x', status: 'complete', is_video_pending: true });
    expect(clip && isSettled(clip)).toBe(false);
  });
});
