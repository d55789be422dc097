import type { Clip } from '../../../domain/clip';
import { loadStreamingCode } from './load-streaming-code';
import { attachPlainSource } from './plain-source';
import type { MediaFailure, SourceSlot } from './types';

/**
 * The player's side of the lazy boundary: gives the media element its source through the
 * streaming code, loaded on demand (streaming, the waveform feed); the newest load wins. If
 * that code cannot load (offline, a new deployment), the browser's own download plays the file.
 */
export class LazySourceLoader {
  private slot: SourceSlot | null = null;
  /** The file loaded now; with streaming the element's `src` is a blob: URL. */
  url: string | null = null;
  private token = 0;
  private loading: Promise<boolean> = Promise.resolve(true);

  constructor(private readonly onFailure: (failure: MediaFailure) => void) {}

  get streaming(): boolean {
    return this.slot?.streaming ?? false;
  }

  describe(failure: MediaFailure): string {
    return this.slot?.describe(failure) ?? 'This audio could not be played.';
  }

  /** `plain`: the browser's own download, after streaming was refused. */
  load(media: HTMLAudioElement, clip: Clip, url: string, at: number, plain: boolean): void {
    this.url = url;
    // Tests and tools read which file plays; with streaming, `src` is a blob: URL.
    media.dataset.source = url;
    const token = ++this.token;
    this.loading = loadStreamingCode().then(
      ({ createSourceSlot }) => {
        if (token !== this.token) return false;
        this.slot ??= createSourceSlot(this.onFailure);
        this.slot.load(media, clip, url, at, plain);
        return true;
      },
      () => {
        if (token !== this.token) return false;
        attachPlainSource(media, url);
        return true;
      },
    );
  }

  /** Resolves once the element has the source of the load made before it; false if replaced. */
  ready(): Promise<boolean> {
    return this.loading;
  }
}
