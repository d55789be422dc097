import { M4A_ID_PREFIX, servesM4a } from './audio-format.ts';
import { ACCOUNTS, BRIDGES, CHORUSES, DESCRIPTIONS, TAGS, TITLES, VERSES } from './content.ts';
import { deterministicUuid, hashToInt, pick, seededRandom } from './ids.ts';
import { isSignedId, SIGNED_ID_PREFIX } from './media-signing.ts';
import { variantIndexForClip } from './media-variants.ts';
import type { ClipSpec, TaskSpec } from './task-spec.ts';

function lyricsFrom(random: () => number): string {
  const chorus = pick(CHORUSES, random);
  const firstVerse = pick(VERSES, random);
  let secondVerse = pick(VERSES, random);
  if (secondVerse === firstVerse)
    secondVerse = VERSES[(VERSES.indexOf(firstVerse) + 1) % VERSES.length] ?? firstVerse;
  return [
    `[Verse]\n${firstVerse}`,
    `[Chorus]\n${chorus}`,
    `[Verse 2]\n${secondVerse}`,
    `[Bridge]\n${pick(BRIDGES, random)}`,
    `[Chorus]\n${chorus}`,
  ].join('\n\n');
}

function baseClip(id: string, random: () => number): ClipSpec {
  const account = pick(ACCOUNTS, random);
  return {
    id,
    title: pick(TITLES, random),
    tags: pick(TAGS, random),
    lyrics: lyricsFrom(random),
    gptDescriptionPrompt: pick(DESCRIPTIONS, random),
    type: 'gen',
    history: null,
    concatHistory: null,
    audioPromptId: null,
    handle: account.handle,
    displayName: account.displayName,
    userId: deterministicUuid(`user:${account.handle}`),
    hasVocal: true,
    error: null,
  };
}

/**
 * A signed-media or M4A task's clips carry its prefix, so their media can be told apart by ID.
 */
function clipIdFor(taskId: string, id: string): string {
  const prefix = isSignedId(taskId) ? SIGNED_ID_PREFIX : servesM4a(taskId) ? M4A_ID_PREFIX : '';
  return `${prefix}${id.slice(prefix.length)}`;
}

/**
 * The second clip's id is re-derived until it maps to another media variant, so the two clips
 * of a task never share music or cover.
 */
function secondClipId(taskId: string, firstClipId: string): string {
  const taken = variantIndexForClip(firstClipId);
  for (let salt = 1; ; salt++) {
    const id = clipIdFor(taskId, deterministicUuid(`${taskId}:clip:1:${salt}`));
    if (variantIndexForClip(id) !== taken) return id;
  }
}

/**
 * Task ids that start `c0c0` (or `e7b1`, `d0b1`, `aac4`) are complete at their first query; ids
 * that start `b16c` and four decimal digits are complete galleries of that many clips
 * (`b16c0500-…` has 500), for benchmarks and scaling tests. Capped at 2000 clips.
 */
export function finishedTaskSize(taskId: string, big = true): number | null {
  // Signed-media (`e7b1`), echoing (`d0b1`) and M4A (`aac4`) tasks are finished too, so
  // tests need not wait.
  if (/^(c0c0|e7b1|d0b1|aac4)/.test(taskId)) return 2;
  const gallery = big ? /^b16c(\d{4})/.exec(taskId) : null;
  if (!gallery?.[1]) return null;
  return Math.min(2000, Math.max(1, Number(gallery[1])));
}

/**
 * Any task id that is not a demo yields this: the same content every time for the same id.
 * `big: false` (production) makes `b16c…` ids ordinary two-clip tasks.
 */
export function generateTask(taskId: string, { big = true }: { big?: boolean } = {}): TaskSpec {
  const random = seededRandom(hashToInt(`task:${taskId}`));
  const first = baseClip(clipIdFor(taskId, deterministicUuid(`${taskId}:clip:0`)), random);
  // Suno's two variations share title, tags, lyrics and author; only the audio differs.
  const second: ClipSpec = { ...first, id: secondClipId(taskId, first.id) };
  const size = finishedTaskSize(taskId, big);
  const clips =
    size !== null && size > 2
      ? Array.from({ length: size }, (_, i) => {
          const clip = baseClip(deterministicUuid(`${taskId}:clip:${i}`), random);
          return { ...clip, title: `${clip.title} ${i + 1}` };
        })
      : [first, second].slice(0, size ?? 2);
  return {
    id: taskId,
    prompt: first.gptDescriptionPrompt ?? '',
    clips,
    clockKey: `task:${taskId}`,
    finished: size !== null,
  };
}

/** A clip id nobody has seen: a one-clip task of its own, with its own clock. */
export function generateStandaloneClip(clipId: string): TaskSpec {
  const random = seededRandom(hashToInt(`clip:${clipId}`));
  const clip = baseClip(clipId, random);
  return {
    id: clipId,
    prompt: clip.gptDescriptionPrompt ?? '',
    clips: [clip],
    clockKey: `clip:${clipId}`,
  };
}
