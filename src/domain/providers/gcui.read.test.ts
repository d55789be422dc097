import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors';
import sample from './fixtures/gcui-get-complete.json';
import { gcui } from './gcui';
import { normalizeGcuiClips, reader } from './gcui.read';

const A = 'd2c94f17-6a3e-4b80-9c15-7e4a2b8d0f63';
const B = '5f08b3e6-2d9a-4c71-8e4b-0a6c3f9d1e27';
const fixture = () => structuredClone(sample) as unknown;

describe('normalizeGcuiClips (gcui-art suno-api fixture)', () => {
  const result = normalizeGcuiClips(fixture());

  it('has no task and keeps both clips', () => {
    expect(result.taskId).toBeNull();
    expect(result.clips.map((c) => c.id)).toEqual([A, B]);
  });

  it('reads every field of a flattened clip', () => {
    const clip = result.clips[0];
    if (!clip) throw new Error('missing clip');
    expect(clip.title).toBe('Lanterns');
    expect(clip.imageUrl).toBe(`https://cdn2.suno.ai/image_${A}.jpeg`);
    // `prompt` keeps the blank lines that `lyric` (gcui's cleaned copy) drops.
    expect(clip.lyrics).toBe(sample[0]?.prompt);
    expect(clip.audioUrl).toBe(`https://cdn1.suno.ai/${A}.mp3`);
    expect(clip.videoUrl).toBe(`https://cdn1.suno.ai/${A}.mp4`);
    expect(clip.createdAt).toBe('2024-11-02T19:40:12.503Z');
    expect(clip.modelName).toBe('chirp-v3-5');
    expect(clip.status).toBe('complete');
    expect(clip.descriptionPrompt).toBe('a quiet folk song about lanterns on a river');
    expect(clip.clipType).toBe('gen');
    expect(clip.tags).toEqual(['folk', 'acoustic', 'soft']);
    expect(clip.duration).toBe(191.5);
    expect(clip.errorMessage).toBeNull();
  });

  it('reads a failed clip’s message', () => {
    const clip = result.clips[1];
    expect(clip?.status).toBe('error');
    expect(clip?.errorMessage).toBe('Song Description contained artist name');
    expect(clip?.audioUrl).toBeNull();
    expect(clip?.lyrics).toBeNull();
  });

  it('reads `lyric` when `prompt` is empty', () => {
    const json = fixture() as Record<string, unknown>[];
    if (json[0]) json[0].prompt = '';
    expect(normalizeGcuiClips(json).clips[0]?.lyrics).toBe(sample[0]?.lyric);
  });

  it('orders by the IDs asked and says not-found for none', () => {
    const read = reader.readLookup(fixture(), { mode: 'clips', ids: [B, A] });
    expect(read.clips.map((c) => c.id)).toEqual([B, A]);
    let kind = '';
    try {
      reader.readLookup([], { mode: 'clips', ids: [A] });
    } catch (e) {
      if (isApiError(e)) kind = e.kind;
    }
    expect(kind).toBe('not-found');
  });

  it('says the server failed for its `{error}` answer', () => {
    let kind = '';
    try {
      normalizeGcuiClips({ error: 'Internal server error: cookie expired' });
    } catch (e) {
      if (isApiError(e)) kind = e.kind;
    }
    expect(kind).toBe('server');
  });

  it('recognizes flattened clips and not Suno’s', () => {
    expect(reader.recognizes(fixture())).toBe(true);
    expect(reader.recognizes([{ id: A, metadata: {}, lyric: '' }])).toBe(false);
    expect(reader.recognizes([])).toBe(false);
  });

  it('takes no key and names Suno’s media hosts', () => {
    expect(gcui.key).toBeNull();
    expect(gcui.keyHelp).toMatch(/Base URL/);
  });
});
