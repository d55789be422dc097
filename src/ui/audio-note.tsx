import type { Clip } from '../domain/clip';

/** Why there is nothing to play, in words a listener understands. */
export function audioNoteText(clip: Pick<Clip, 'audioProblem'>): string {
  if (clip.audioProblem === 'locked') {
    return 'The audio is locked: the provider does not let it be played or downloaded.';
  }
  if (clip.audioProblem === 'missing') return 'The provider has no audio file for this clip.';
  if (clip.audioProblem === 'foreign-host') {
    return 'The audio link points to a host this provider does not use, so it is not played.';
  }
  return 'Audio is not available for this clip.';
}

/** Said in place of the player for a finished clip that has no audio to play. */
export function AudioNote({ clip }: { clip: Pick<Clip, 'audioProblem'> }) {
  return <p className="text-xs text-zinc-600 dark:text-zinc-400">{audioNoteText(clip)}</p>;
}
