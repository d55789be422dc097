import type { ClipSpec, TaskSpec } from './task-spec.ts';

/**
 * "Cover Stories": clips as newer Suno models shape them. A cover and a remix of Neon Harbor
 * (credited through `clip_roots`), an upsample and a stem, with today's model codenames, the
 * gcui-style `lyric` field, and a stem whose audio is locked.
 */
export const MODERN_TASK_ID = '5a1e0004-0000-4000-8000-000000000004';
export const MODERN_CLIP_IDS = [
  '5a1e0004-c000-4000-8000-000000000001',
  '5a1e0004-c000-4000-8000-000000000002',
  '5a1e0004-c000-4000-8000-000000000003',
  '5a1e0004-c000-4000-8000-000000000004',
] as const;

const LYRICS = `[Verse]
Same old harbor, brand new weather
Every light has changed its name
I can hear the song we started
Singing back a different way

[Chorus]
Cover me in neon, cover me in rain
Every road we ever took
Leads down to the bay again`;

export function modernTask(
  neonClipId: string,
  account: Pick<ClipSpec, 'handle' | 'displayName' | 'userId'>,
): TaskSpec {
  const root = { clips: [{ id: neonClipId, title: 'Neon Harbor', user_handle: account.handle }] };
  const base = {
    tags: 'synthwave, cover, night drive',
    lyrics: LYRICS,
    gptDescriptionPrompt: null,
    type: 'gen' as const,
    history: null,
    concatHistory: null,
    audioPromptId: null,
    hasVocal: true,
    error: null,
    ...account,
  };
  const [cover, remix, upsample, stem] = MODERN_CLIP_IDS;
  return {
    id: MODERN_TASK_ID,
    clockKey: `task:${MODERN_TASK_ID}`,
    prompt: 'a cover of Neon Harbor, as a night-drive synthwave track',
    clips: [
      {
        ...base,
        id: cover,
        title: 'Neon Harbor (Night Drive)',
        model: { name: 'chirp-crow', version: null },
        lineage: {
          task: 'cover',
          cover_clip_id: neonClipId,
          clip_roots: { ...root, clip_attribution_type: 'cover' },
        },
      },
      {
        ...base,
        id: remix,
        title: 'Harbor Lights Remix',
        model: { name: 'chirp-bluejay', version: 'v4.5' },
        lyricsAs: 'lyric',
        lineage: { clip_roots: { ...root, clip_attribution_type: 'remix' } },
      },
      {
        ...base,
        id: upsample,
        title: 'Neon Harbor (Upsampled)',
        model: { name: 'chirp-fenix', version: null },
        lineage: { task: 'upsample', upsample_clip_id: neonClipId },
      },
      {
        ...base,
        id: stem,
        title: 'Neon Harbor (Vocals)',
        model: { name: 'chirp-auk', version: 'v4.5' },
        audio: 'locked',
        lineage: { task: 'gen_stem', edited_clip_id: neonClipId },
      },
    ],
  };
}
