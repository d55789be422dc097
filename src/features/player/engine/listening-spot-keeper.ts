import type { Clip } from '../../../domain/clip';
import { listeningSpotStore, SPOT_SAVE_EVERY_MS, spotIn } from './listening-spot';
import type { PlayerState } from './player-state';

/** What keeping the listening spot reads of the player. */
interface Followed {
  getState(): PlayerState;
  currentTime(): number;
  subscribe(listener: () => void): () => void;
  subscribeTime(listener: () => void): () => void;
}

/** Within this much of the end, a clip counts as heard to its end. */
const END_S = 1;

/**
 * Writes down where the person is listening (while playing, every couple of seconds; at
 * once on pause), so a reload loses little and storage is not written every frame, and
 * hands it back once per page. A clip heard to its end leaves nothing to come back to.
 */
export class ListeningSpotKeeper {
  private lastSaved = 0;
  private takenBack = false;
  private wasPlaying = false;

  follow(player: Followed): void {
    player.subscribeTime(() => {
      if (player.getState().playing) this.save(player, false);
    });
    player.subscribe(() => {
      const { playing } = player.getState();
      if (this.wasPlaying && !playing) this.save(player, true);
      this.wasPlaying = playing;
    });
  }

  private save(player: Followed, now: boolean): void {
    const time = Date.now();
    if (!now && time - this.lastSaved < SPOT_SAVE_EVERY_MS) return;
    const { clipId, duration } = player.getState();
    const at = player.currentTime();
    if (clipId === null || !Number.isFinite(at)) return;
    this.lastSaved = time;
    if (duration > 0 && at >= duration - END_S) listeningSpotStore.clear();
    else listeningSpotStore.set({ clipId, at: Math.max(0, at), savedAt: time });
  }

  /** The spot among these clips, the first time a lookup holds it; later lookups get none. */
  takeBack(queue: readonly Clip[]): { clip: Clip; at: number } | null {
    if (this.takenBack) return null;
    const found = spotIn(queue, listeningSpotStore.get(), Date.now());
    if (found) this.takenBack = true;
    return found;
  }
}
