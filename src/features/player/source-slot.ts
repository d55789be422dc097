import type { Clip } from '../../api/clip';
import {
  openSource,
  type AudioSource,
  type MediaFailure,
  type PlayerPeakFeed,
} from './audio-source';
import { growingPeaks } from './growing-peaks';

/**
 * What feeds the media element now: the source of the loaded clip, the waveform feed measuring
 * its download, and which load is current (a newer one makes older ones harmless).
 */
export class SourceSlot {
  private source: AudioSource | null = null;
  /** Kept across a live stream's move to its MP3, so the waveform keeps growing. */
  private feed: PlayerPeakFeed | null = null;
  private token = 0;
  private loading: Promise<void> = Promise.resolve();
  url: string | null = null;

  constructor(private readonly onFailure: (failure: MediaFailure) => void) {}

  get streaming(): boolean {
    return this.source?.streaming ?? false;
  }

  /** `plain`: the browser's own download, after streaming was refused. */
  load(media: HTMLAudioElement, clip: Clip, url: string, at: number, plain: boolean): void {
    const sameClip = this.feed?.clipId === clip.id;
    this.source?.close();
    this.source = null;
    const feed = sameClip && this.feed && !this.feed.done ? this.feed : null;
    if (!feed) this.feed?.close();
    this.feed = feed;
    this.url = url;
    // Tests and tools read which file plays; with streaming, `src` is a blob: URL.
    media.dataset.source = url;
    const token = ++this.token;
    const current = () => token === this.token;
    this.loading = openSource(
      media,
      {
        clipId: clip.id,
        url,
        at,
        live: clip.status === 'streaming',
        duration: clip.duration,
        feed,
        wantsPeaks: !growingPeaks.get(clip.id)?.final,
        current,
        onFailure: (failure) => {
          if (current()) this.onFailure(failure);
        },
      },
      plain,
    ).then((source) => {
      if (!current()) return source.close();
      this.source = source;
      this.feed = source.feed ?? feed;
    });
  }

  /** True once the current load has given the element its source; false if replaced meanwhile. */
  async ready(): Promise<boolean> {
    const loading = this.loading;
    await loading;
    return loading === this.loading;
  }
}
