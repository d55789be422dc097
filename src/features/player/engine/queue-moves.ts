import type { Clip } from '../../../domain/clip';
import { nextClip, previousClip } from './play-queue';
import type { PlayerState } from './player-state';

/** What moving through the lookup's clips needs of the player. */
export interface QueuePlayer {
  getState(): PlayerState;
  currentTime(): number;
  play(clip: Clip, at?: number): Promise<void>;
  cue(clip: Clip, at: number): void;
  seek(seconds: number): void;
}

/** The next playable clip of the lookup, if any. */
export async function playNext(player: QueuePlayer): Promise<void> {
  const { queue, clipId } = player.getState();
  const clip = nextClip(queue, clipId);
  if (clip) await player.play(clip);
}

/** The previous playable clip; at the first one, back to its start. */
export async function playPrevious(player: QueuePlayer): Promise<void> {
  const { queue, clipId } = player.getState();
  const clip = previousClip(queue, clipId);
  if (clip) await player.play(clip);
  else player.seek(0);
}

/** Same position in another take: the A/B comparison. Paused stays paused. */
export function switchTake(player: QueuePlayer, clip: Clip): void {
  const at = player.currentTime();
  const { playing, clipId } = player.getState();
  if (playing || clipId === null) void player.play(clip, at);
  else player.cue(clip, at);
}
