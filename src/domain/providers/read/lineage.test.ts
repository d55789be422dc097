import { describe, expect, it } from 'vitest';
import { normalizeClip } from './normalize-clip';

const PARENT = '00000000-0000-4000-8000-000000000028';
const ROOTS = {
  clips: [{ id: PARENT.toUpperCase(), title: 'Track 7', user_handle: 'example-artist-1' }],
  clip_attribution_type: 'remix',
};

function originOf(raw: Record<string, unknown>) {
  return normalizeClip({ id: '00000000-0000-4000-8000-000000000076', ...raw })?.origin;
}

describe('clip origins as newer models send them', () => {
  it('reads a cover from metadata.task and cover_clip_id, titled by clip_roots', () => {
    expect(
      originOf({ metadata: { task: 'cover', cover_clip_id: PARENT, clip_roots: ROOTS } }),
    ).toEqual({ kind: 'cover', parentId: PARENT, parentTitle: 'Track 7' });
  });

  it('reads a remix credited only through clip_roots', () => {
    expect(originOf({ clip_roots: ROOTS })).toEqual({
      kind: 'remix',
      parentId: PARENT,
      parentTitle: 'Track 7',
    });
  });

  it.each([
    [{ task: 'upsample', upsample_clip_id: PARENT }, 'upsample'],
    [{ upsample_clip_id: PARENT }, 'upsample'],
    [{ task: 'remaster', remaster_clip_id: PARENT }, 'remaster'],
    [{ task: 'gen_stem', edited_clip_id: PARENT }, 'stem'],
    [{ task: 'speed', speed_clip_id: PARENT }, 'speed'],
    [{ edited_clip_id: `m_${PARENT}` }, 'edit'],
    [{ task: 'fixed_infill', override_history_clip_id: PARENT }, 'infill'],
  ])('reads %j as a %s with its parent', (fields, kind) => {
    expect(originOf({ metadata: fields })).toEqual({ kind, parentId: PARENT, parentTitle: null });
  });

  it('keeps the kind when the provider names no parent', () => {
    expect(originOf({ metadata: { task: 'gen_stem' } })).toEqual({
      kind: 'stem',
      parentId: null,
      parentTitle: null,
    });
  });

  it('makes the first concat_history entry the parent of a concat', () => {
    const clip = normalizeClip({
      id: '00000000-0000-4000-8000-000000000077',
      metadata: {
        type: 'concat',
        concat_history: [
          { id: PARENT, type: 'gen' },
          { id: 'other', type: 'gen' },
        ],
      },
    });
    expect(clip?.parentId).toBe(PARENT);
    expect(clip?.origin?.kind).toBe('concat');
  });

  it('has no origin for a plain generation or an extend', () => {
    expect(originOf({ metadata: { type: 'gen', task: 'extend', history: [] } })).toBeNull();
    expect(originOf({ metadata: { type: 'gen' } })).toBeNull();
    expect(originOf({ metadata: { task: 'something-new' } })).toBeNull();
  });

  it('ignores junk in clip_roots instead of losing the clip', () => {
    expect(originOf({ clip_roots: { clips: [null, 5, { title: 'no id' }] } })).toBeNull();
    expect(originOf({ clip_roots: 'nope' })).toBeNull();
  });
});

describe('other fields as today’s clips send them', () => {
  it('treats a locked or never-rendered audio URL as no audio, and says which', () => {
    const locked = normalizeClip({
      id: 'x',
      status: 'complete',
      audio_url: 'https://studio-api.prod.suno.com/api/forbidden',
    });
    expect(locked).toMatchObject({ audioUrl: null, audioProblem: 'locked', status: 'complete' });
    const missing = normalizeClip({ id: 'x', audio_url: 'https://cdn1.suno.ai/None.mp3' });
    expect(missing).toMatchObject({ audioUrl: null, audioProblem: 'missing' });
  });

  it('reads zero durations as unknown and lyrics from `lyric` when `prompt` is absent', () => {
    const clip = normalizeClip({ id: 'x', duration: 0, lyric: '[Verse]\nla' });
    expect(clip?.duration).toBeNull();
    expect(clip?.lyrics).toBe('[Verse]\nla');
    expect(normalizeClip({ id: 'x', prompt: 'p', lyric: 'l' })?.lyrics).toBe('p');
  });
});
