import { deterministicUuid } from './ids.ts';
import { pinVariant } from './media-variants.ts';
import { MODERN_CLIP_IDS, MODERN_TASK_ID, modernTask } from './demo-modern.ts';
import type { ClipSpec, TaskSpec } from './task-spec.ts';

/** The fixed demo tasks, listed by `npm run sim` and usable in tests and the UI. */
export const DEMO_TASKS: readonly { id: string; name: string; note: string }[] = [
  {
    id: '5a1e0001-0000-4000-8000-000000000001',
    name: 'Neon Harbor',
    note: 'an ordinary task: two clips with lyrics and tags',
  },
  {
    id: '5a1e0002-0000-4000-8000-000000000002',
    name: 'Paper Lanterns',
    note: 'lineage: an extend of Neon Harbor (continue_at 48.76) and a concat "full song"',
  },
  {
    id: '5a1e0003-0000-4000-8000-000000000003',
    name: 'Glass Orchard',
    note: 'one clip completes, the other ends in error (moderation)',
  },
  {
    id: MODERN_TASK_ID,
    name: 'Cover Stories',
    note: 'a cover, a remix, an upsample and a locked stem, as newer models send them',
  },
  {
    id: '5a1e0005-0000-4000-8000-000000000005',
    name: 'Low Tide',
    note: 'an instrumental: no lyrics, and every timings call answers with empty lists',
  },
];

const ACCOUNT = {
  handle: 'harborlights406',
  displayName: 'HarborLights406',
  userId: deterministicUuid('user:harborlights406'),
};

const NEON_HARBOR_LYRICS = `[Verse]
Cranes are sleeping on the skyline
Pink light spilling on the bay
Every boat a little lantern
Drifting out and far away

[Pre-Chorus]
And the tide is pulling slowly
Like it knows the words we say

[Chorus]
Neon harbor, keep me glowing
Hold the night inside your hands
Neon harbor, where the water
Writes our names across the sand

[Verse 2]
Diesel hum and distant laughter
Rusted rails and salty air
You were dancing on the pier edge
Like the sea was never there

[Bridge]
Oh, the signals flicker
Green and red and gold
Oh, the harbor whispers
Stories never told

[Chorus]
Neon harbor, keep me glowing
Hold the night inside your hands
Neon harbor, where the water
Writes our names across the sand`;

const PAPER_LANTERNS_LYRICS = `[Verse]
Paper lanterns on the river
Carry wishes to the sea
One for every year we wasted
One for who we used to be

[Chorus]
Let them rise, let them rise
Little fires in the skies
Let them go, let them go
Only the river knows

[Verse 2]
Grandma's hands were folding paper
Teaching me the way it's done
Crease it once for all the sorrow
Twice for every setting sun

[Bridge]
And when the last one fades
We will still be here
Holding on to the light
Year after year

[Chorus]
Let them rise, let them rise
Little fires in the skies
Let them go, let them go
Only the river knows`;

const GLASS_ORCHARD_LYRICS = `[Verse]
Apples made of glass are ringing
When the autumn wind comes through
Every branch a silver wind chime
Every chime a song for you

[Chorus]
In the glass orchard
Nothing ever falls
In the glass orchard
We can hear it all

[Verse 2]
Careful steps between the rows now
Light is breaking into blue
If I pick one, will it shatter?
If I stay, will it come true?

[Bridge]
Fragile, fragile
Hold it to the sun
Fragile, fragile
Till the day is done

[Chorus]
In the glass orchard
Nothing ever falls
In the glass orchard
We can hear it all`;

function demoClip(
  fields: Partial<ClipSpec> & Pick<ClipSpec, 'id' | 'title' | 'tags' | 'lyrics'>,
): ClipSpec {
  return {
    gptDescriptionPrompt: null,
    type: 'gen',
    history: null,
    concatHistory: null,
    audioPromptId: null,
    hasVocal: true,
    error: null,
    ...ACCOUNT,
    ...fields,
  };
}

const [NEON, PAPER, GLASS, , LOW_TIDE] = DEMO_TASKS.map((task) => task.id) as [
  string,
  string,
  string,
  string,
  string,
];
const NEON_CLIP_IDS = [
  '5a1e0001-c000-4000-8000-000000000001',
  '5a1e0001-c000-4000-8000-000000000002',
] as const;
const PAPER_CLIP_IDS = [
  '5a1e0002-c000-4000-8000-000000000001',
  '5a1e0002-c000-4000-8000-000000000002',
] as const;
const GLASS_CLIP_IDS = [
  '5a1e0003-c000-4000-8000-000000000001',
  '5a1e0003-c000-4000-8000-000000000002',
] as const;
const LOW_TIDE_CLIP_IDS = [
  '5a1e0005-c000-4000-8000-000000000001',
  '5a1e0005-c000-4000-8000-000000000002',
] as const;
/** Paper Lanterns extends the first Neon Harbor clip from this second on. */
const EXTEND_AT = 48.76;

export const DEMO_TASK_SPECS: readonly TaskSpec[] = [
  {
    id: NEON,
    clockKey: `task:${NEON}`,
    prompt: 'a glowing synth-pop song about a harbor city at night',
    clips: NEON_CLIP_IDS.map((id) =>
      demoClip({
        id,
        title: 'Neon Harbor',
        tags: 'synth-pop, dreamy, female vocals, 80s',
        lyrics: NEON_HARBOR_LYRICS,
        gptDescriptionPrompt: 'a glowing synth-pop song about a harbor city at night',
      }),
    ),
  },
  {
    id: PAPER,
    clockKey: `task:${PAPER}`,
    prompt: 'a gentle indie-folk song about paper lanterns drifting down a river',
    clips: [
      demoClip({
        id: PAPER_CLIP_IDS[0],
        title: 'Paper Lanterns',
        tags: 'indie folk, acoustic, warm, male vocals',
        lyrics: PAPER_LANTERNS_LYRICS,
        audioPromptId: `m_${NEON_CLIP_IDS[0]}`,
        history: [
          {
            id: NEON_CLIP_IDS[0],
            type: 'gen',
            source: 'web',
            infill: false,
            continue_at: EXTEND_AT,
          },
        ],
      }),
      demoClip({
        id: PAPER_CLIP_IDS[1],
        title: 'Paper Lanterns (Full Song)',
        tags: 'indie folk, acoustic, warm, male vocals',
        lyrics: PAPER_LANTERNS_LYRICS,
        type: 'concat',
        concatHistory: [
          { id: NEON_CLIP_IDS[0], type: 'gen', source: 'web', infill: false, continue_at: null },
          {
            id: PAPER_CLIP_IDS[0],
            type: 'gen',
            source: 'web',
            infill: false,
            continue_at: EXTEND_AT,
          },
        ],
      }),
    ],
  },
  {
    id: GLASS,
    clockKey: `task:${GLASS}`,
    prompt: 'a delicate chamber-pop song about an orchard made of glass',
    clips: [
      demoClip({
        id: GLASS_CLIP_IDS[0],
        title: 'Glass Orchard',
        tags: 'chamber pop, celesta, strings, soft',
        lyrics: GLASS_ORCHARD_LYRICS,
        gptDescriptionPrompt: 'a delicate chamber-pop song about an orchard made of glass',
      }),
      demoClip({
        id: GLASS_CLIP_IDS[1],
        title: 'Glass Orchard',
        tags: 'chamber pop, celesta, strings, soft',
        lyrics: GLASS_ORCHARD_LYRICS,
        gptDescriptionPrompt:
          'a delicate chamber-pop song about an orchard made of glass, like Joni Mitchell',
        error: {
          type: 'moderation',
          message: 'Song Description contained artist name: Joni Mitchell',
        },
      }),
    ],
  },
  modernTask(NEON_CLIP_IDS[0], ACCOUNT),
  {
    id: LOW_TIDE,
    clockKey: `task:${LOW_TIDE}`,
    prompt: 'a slow ambient instrumental for a harbor at low tide',
    clips: LOW_TIDE_CLIP_IDS.map((id) =>
      demoClip({
        id,
        title: 'Low Tide',
        tags: 'ambient, instrumental, warm pads, slow',
        lyrics: '',
        hasVocal: false,
        gptDescriptionPrompt: 'a slow ambient instrumental for a harbor at low tide',
      }),
    ),
  },
];

// Fixed music per demo clip: the 180 s song for Neon Harbor, short pieces for quick demos.
const PINNED: ReadonlyArray<readonly [string, number]> = [
  [NEON_CLIP_IDS[0], 5],
  [NEON_CLIP_IDS[1], 1],
  [PAPER_CLIP_IDS[0], 2],
  [PAPER_CLIP_IDS[1], 7],
  [GLASS_CLIP_IDS[0], 0],
  [GLASS_CLIP_IDS[1], 6],
  ...MODERN_CLIP_IDS.map((id, i) => [id, [3, 4, 0, 2][i] ?? 0] as const),
  [LOW_TIDE_CLIP_IDS[0], 2],
  [LOW_TIDE_CLIP_IDS[1], 0],
];
for (const [clipId, variant] of PINNED) pinVariant(clipId, variant);
