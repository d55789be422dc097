/**
 * Which MediaSource this browser has. Safari on iPhone has no `MediaSource`, only
 * `ManagedMediaSource`, which may ask the page to stop fetching (`endstreaming`) and resume
 * (`startstreaming`), and opens only for an element with remote playback turned off.
 */

/** `ManagedMediaSource` as Safari defines it; the DOM types do not have it yet. */
export interface ManagedMediaSourceLike extends MediaSource {
  /** Whether the browser wants data appended now. */
  readonly streaming: boolean;
}

type SourceConstructor = {
  new (): MediaSource;
  isTypeSupported(type: string): boolean;
};

export interface MediaSourceKind {
  create(): MediaSource;
  isTypeSupported(type: string): boolean;
  /** Managed: the element needs `disableRemotePlayback`, and appends wait for `streaming`. */
  managed: boolean;
}

export function mediaSourceKind(scope: object = globalThis): MediaSourceKind | null {
  const found = scope as {
    MediaSource?: SourceConstructor;
    ManagedMediaSource?: SourceConstructor;
  };
  const plain = found.MediaSource;
  if (plain)
    return {
      create: () => new plain(),
      isTypeSupported: (t) => plain.isTypeSupported(t),
      managed: false,
    };
  const managed = found.ManagedMediaSource;
  if (managed) {
    return {
      create: () => new managed(),
      isTypeSupported: (t) => managed.isTypeSupported(t),
      managed: true,
    };
  }
  return null;
}

/** Until a managed source wants data again; at once for any other source. */
export function whenStreaming(source: MediaSource): Promise<void> {
  const managed = source as Partial<ManagedMediaSourceLike>;
  if (managed.streaming !== false) return Promise.resolve();
  return new Promise((resolve) => {
    source.addEventListener('startstreaming', () => resolve(), { once: true });
    // A closed source never streams again: the caller's generation check ends the loop.
    source.addEventListener('sourceclose', () => resolve(), { once: true });
  });
}
