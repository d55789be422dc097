import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors';
import sample from './fixtures/suno-clips-complete.json';
import { normalizeSunoClips, reader } from './suno.read';

const A = '91e3c5a7-4b2d-4f60-8a19-3c7e5d2b0f84';
const B = '27a6d0f4-8c1b-4e39-b5d2-6f0a9e3c7b15';
const fixture = () => structuredClone(sample) as unknown;

describe('normalizeSunoClips (Suno external API fixture)', () => {
  const result = normalizeSunoClips(fixture());

  it('has no task and keeps both clips', () => {
    expect(result.taskId).toBeNull();
    expect(result.clips.map((c) => c.id)).toEqual([A, B]);
  });

  it('reads every field of a Suno clip', () => {
    const clip = result.clips[0];
    if (!clip) throw new Error('missing clip');
    expect(clip.title).toBe('Radio Static');
    expect(clip.status).toBe('complete');
    expect(clip.audioUrl).toBe(`https://cdn1.suno.ai/${A}.mp3`);
    expect(clip.videoUrl).toBe(`https://cdn1.suno.ai/${A}.mp4`);
    expect(clip.imageUrl).toBe(`https://cdn2.suno.ai/image_${A}.jpeg`);
    expect(clip.imageLargeUrl).toBe(`https://cdn2.suno.ai/image_large_${A}.jpeg`);
    expect(clip.isVideoPending).toBe(false);
    expect(clip.modelName).toBe('chirp-auk');
    expect(clip.modelVersion).toBe('v4.5');
    expect(clip.createdAt).toBe('2025-09-14T16:22:48.310Z');
    expect(clip.tags).toEqual(['lo-fi', 'warm', 'tape hiss']);
    expect(clip.lyrics).toBe(sample[0]?.metadata.prompt);
    expect(clip.descriptionPrompt).toBe('a lo-fi song about an old radio');
    expect(clip.clipType).toBe('gen');
    expect(clip.duration).toBe(173.64);
    expect(clip.hasVocal).toBe(true);
    expect(clip.errorType).toBeNull();
    expect(clip.errorMessage).toBeNull();
    expect(clip.isPublic).toBe(false);
    expect(clip.playCount).toBe(0);
    expect(clip.upvoteCount).toBe(0);
    expect(clip.handle).toBe('tapeloop512');
    expect(clip.displayName).toBe('TapeLoop512');
    expect(clip.avatarUrl).toBe('https://cdn1.suno.ai/defaultBlue.webp');
  });

  it('reads a clip still streaming', () => {
    const clip = result.clips[1];
    expect(clip?.status).toBe('streaming');
    expect(clip?.audioUrl).toBe(`https://audiopipe.suno.ai/?item_id=${B}`);
    expect(clip?.isVideoPending).toBe(true);
    expect(clip?.duration).toBeNull();
  });

  it('says not-found for an empty answer and refuses what is not a list', () => {
    const kinds: string[] = [];
    for (const [json, ids] of [
      [[], [A]],
      [{ detail: 'Unauthorized' }, [A]],
    ] as const) {
      try {
        reader.readLookup(json, { mode: 'clips', ids });
      } catch (e) {
        if (isApiError(e)) kinds.push(e.kind);
      }
    }
    expect(kinds).toEqual(['not-found', 'bad-response']);
  });

  it('recognizes Suno clips and not flattened ones', () => {
    expect(reader.recognizes(fixture())).toBe(true);
    expect(reader.recognizes([{ id: A, lyric: 'x', gpt_description_prompt: null }])).toBe(false);
    expect(reader.recognizes({ clips: [] })).toBe(false);
  });
});
