import { sameMoment, seekWithin, startWithin, type Clip } from '../../../domain/clip';
import type { HealHost } from '../source/media-healing';
import type { MediaFailure } from '../source/types';
import { createStore, patchStore } from '../../../lib/store';
import { autoplayNextStore, mutedStore, volumeStore } from './levels';
import { createMediaElement } from './media-element';
import type { QueueOwner } from './play-queue';
import { playNext, playPrevious, switchTake } from './queue-moves';
import { initialPlayerState, type PlayerState } from './player-state';
import { PlayheadClock } from './playhead-clock';
import { EndWatch } from './end-watch';
import { ListeningSpotKeeper } from './listening-spot-keeper';
import { LazySourceLoader } from '../source/lazy-source-loader';

const isLiveSource = (clip: Clip): boolean => clip.status === 'streaming';

/**
 * The one media element of the page and everything about what it is playing. Cards never
 * own audio: they ask this store to play a clip, and only the small components that show
 * time subscribe to time changes, so a ticking playhead re-renders a slider, not a gallery.
 */
export class Player {
  private media: HTMLAudioElement | null = null;
  private readonly store = createStore<PlayerState>(
    initialPlayerState(volumeStore.get(), mutedStore.get()),
  );
  private clip: Clip | null = null;
  private readonly clock = new PlayheadClock();
  private readonly endWatch = new EndWatch(() => {
    this.media?.pause();
    this.onEnded();
  });
  /** Position to apply once the new source knows its duration. */
  private pendingSeek: number | null = null;
  /** The person asked to hear this clip; a live stream running dry does not change that. */
  private wantsPlay = false;
  private readonly source = new LazySourceLoader((failure) => this.mediaFailed(failure));
  private readonly spot = new ListeningSpotKeeper();

  constructor() {
    this.spot.follow(this);
    // Volume and mute are the person's, not the tab's: a change here or in another tab applies.
    volumeStore.subscribe(() => this.followStoredLevels());
    mutedStore.subscribe(() => this.followStoredLevels());
  }

  private followStoredLevels(): void {
    const volume = volumeStore.get();
    const muted = mutedStore.get();
    if (this.media) Object.assign(this.media, { volume, muted });
    this.patch({ volume, muted });
  }

  /** Created on first use: a page that never plays holds no media element at all. */
  element(): HTMLAudioElement {
    this.media ??= createMediaElement(this.state, {
      play: () => this.patch({ playing: true, error: null }),
      playing: () => this.media && this.clock.follow(this.media),
      pause: () => this.patch({ playing: false }),
      ended: () => this.onEnded(),
      time: () => this.onTime(),
      duration: () => this.onDuration(),
      metadata: () => this.applyPendingSeek(),
      error: () => {
        if (this.source.url) this.mediaFailed({ kind: 'media' });
      },
    });
    return this.media;
  }

  getState = (): PlayerState => this.store.get();

  private get state(): PlayerState {
    return this.store.get();
  }

  /** Where playback is, or will be once the source can seek: keys pressed meanwhile add up. */
  currentTime = (): number => this.pendingSeek ?? this.media?.currentTime ?? 0;

  currentClip = (): Clip | null => this.clip;

  subscribe = (l: () => void): (() => void) => this.store.subscribe(l);

  subscribeTime = (l: () => void): (() => void) => this.clock.subscribe(l);

  /** The clips of the current lookup, in order: for 1–9, A/B switching and playing on. */
  setQueue(clips: Clip[], owner: QueueOwner | null = null): void {
    this.patch({ queue: clips, owner });
    // After a reload, the clip the person was hearing comes back where they left it, paused.
    const left = this.state.clipId === null ? this.spot.takeBack(clips) : null;
    if (left) this.load(left.clip, null, startWithin(left.at, left.clip.duration));
  }

  getQueue = (): readonly Clip[] => this.state.queue;

  async play(clip: Clip, at?: number): Promise<void> {
    const url = clip.audioUrl;
    if (!url) return;
    if (this.clip?.id !== clip.id || this.source.url !== url) {
      // A clip restored after a reload starts where the person left it.
      const from = this.state.resumed && this.clip?.id === clip.id ? this.currentTime() : 0;
      this.load(clip, url, at ?? from);
    } else if (at !== undefined && !sameMoment(at, this.currentTime())) this.seek(at);
    this.updateMediaSession(clip);
    this.wantsPlay = true;
    await this.resume();
  }

  pause(): void {
    this.wantsPlay = false;
    this.media?.pause();
  }

  toggle(clip: Clip): void {
    if (this.state.clipId === clip.id && this.state.playing) this.pause();
    else void this.play(clip);
  }

  next = (): Promise<void> => playNext(this);

  previous = (): Promise<void> => playPrevious(this);

  switchTo = (clip: Clip): void => switchTake(this, clip);

  /** Loads a clip at a position without playing (share links, closing a paused video). */
  cue(clip: Clip, moment: number): void {
    const url = clip.audioUrl;
    if (!url) return;
    // Cued, not played: reaching the end from here must not start the next clip.
    this.wantsPlay = false;
    const at = startWithin(moment, clip.duration);
    if (this.clip?.id !== clip.id) this.load(clip, url, at);
    else this.seek(at);
    this.updateMediaSession(clip);
  }

  seek(seconds: number): void {
    const media = this.media;
    if (!media) {
      // Restored and not yet played: the position waits for the first play.
      if (this.clip) this.pendingSeek = Math.max(0, seconds);
      this.clock.emit();
      return;
    }
    const max = this.state.duration || media.duration || 0;
    const target = seekWithin(seconds, max);
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) media.currentTime = target;
    else this.pendingSeek = target;
    this.clock.emit();
  }

  skip = (delta: number): void => this.seek(this.currentTime() + delta);

  setVolume = (volume: number): void => volumeStore.set(Math.min(1, Math.max(0, volume)));

  toggleMute = (): void => mutedStore.set(!this.state.muted);

  /**
   * Called whenever a card receives a newer copy of the clip it plays. A live stream that
   * has completed moves to the final MP3 at the same position, still playing.
   */
  syncClip(clip: Clip): void {
    if (this.clip?.id !== clip.id) return;
    this.clip = clip;
    const url = clip.audioUrl;
    if (!this.media || !url || !this.state.live || isLiveSource(clip)) {
      if (clip.duration && !this.state.live) this.patch({ duration: clip.duration });
      return;
    }
    this.load(clip, url, this.media.currentTime);
    if (this.wantsPlay) void this.resume();
  }

  /** Hands the position to another element (the video dialog) and pauses. */
  handOff(): { at: number; playing: boolean } {
    const hand = { at: this.currentTime(), playing: this.state.playing };
    this.pause();
    return hand;
  }

  private async resume(): Promise<void> {
    const current = await this.source.ready();
    const media = this.media;
    if (!media || !current || !this.wantsPlay) return;
    try {
      await media.play();
    } catch (e) {
      // A newer load interrupting this play() is normal; anything else is worth saying.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.patch({ playing: false, error: 'The browser refused to start playback.' });
    }
  }

  /**
   * `plain`: the browser's own download, after streaming was refused. No `url`: a clip
   * restored after a reload, shown where it was left and fetched only once played.
   */
  private load(clip: Clip, url: string | null, at: number, plain = false): void {
    this.clip = clip;
    this.pendingSeek = at > 0 ? at : null;
    if (url !== null) {
      const media = this.element();
      media.pause();
      this.source.load(media, clip, url, at, plain);
    }
    this.patch({
      clipId: clip.id,
      live: isLiveSource(clip),
      duration: clip.duration ?? 0,
      error: null,
      notice: null,
      playing: false,
      resumed: url === null,
    });
    this.clock.emit();
  }

  /**
   * Every way the media can fail ends here: the element's error and the streaming fetch's.
   * Streaming that is refused (CORS, an unsupported file) or cut off falls back to the
   * browser's own download at the same moment; an HTTP refusal (an expired signed link) and
   * any failure of that download are said in the bar and stop playback.
   */
  private mediaFailed(failure: MediaFailure): void {
    const clip = this.clip;
    const url = this.source.url;
    if (!clip || !url) return;
    if (this.source.streaming && failure.kind !== 'http') {
      this.load(clip, url, this.currentTime(), true);
      if (this.wantsPlay) void this.resume();
      return;
    }
    this.media?.pause();
    void this.heal(clip, url, this.source.describe(failure));
  }

  /** "Retry" after a failure: ask for a fresh link even if one was asked for before. */
  retry(): void {
    if (!this.clip || !this.source.url) return;
    this.wantsPlay = true;
    void this.heal(this.clip, this.source.url, null);
  }

  /** `why` null: the person pressed Retry. The healing code loads with the first failure. */
  private async heal(clip: Clip, url: string, why: string | null): Promise<void> {
    const { healAudio, refusedMessage } = await import('../source/media-healing');
    await healAudio(this.healHost, clip, url, why ?? refusedMessage('audio'), why === null);
  }

  private readonly healHost: HealHost = {
    owner: () => this.state.owner,
    clipId: () => this.clip?.id ?? null,
    position: () => this.currentTime(),
    say: (notice, error) => this.patch({ notice, error, playing: false }),
    reload: (clip, url, at) => {
      this.load(clip, url, at);
      if (this.wantsPlay) void this.resume();
    },
  };

  private onTime(): void {
    this.clock.emit();
    const media = this.media;
    // A live stream grows past any length it reported: only a final file has an end to watch.
    if (media && !this.state.live)
      this.endWatch.check(media, this.state.duration || media.duration);
  }

  private onEnded(): void {
    this.endWatch.cancel();
    this.patch({ playing: false });
    // Only a clip someone played moves on: a cued one (some browsers end it at once) stays.
    if (autoplayNextStore.get() && this.wantsPlay) void this.next();
  }

  private applyPendingSeek(): void {
    if (this.media && this.pendingSeek !== null) {
      this.media.currentTime = this.pendingSeek;
      this.pendingSeek = null;
    }
  }

  private onDuration(): void {
    const d = this.media?.duration ?? 0;
    // A live stream reports Infinity or a growing length; the clip's own duration is truer.
    if (Number.isFinite(d) && d > 0 && !this.state.live) this.patch({ duration: d });
    else if (this.clip?.duration) this.patch({ duration: this.clip.duration });
  }

  private updateMediaSession(clip: Clip): void {
    // The system's media controls are a nicety: their code loads without holding up play.
    void import('./media-session').then(({ showInMediaSession }) => showInMediaSession(clip, this));
  }

  private patch(next: Partial<PlayerState>): void {
    patchStore(this.store, next);
  }
}
