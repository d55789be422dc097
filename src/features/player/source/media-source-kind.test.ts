import { describe, expect, it } from 'vitest';
import { mediaSourceKind, whenStreaming } from './media-source-kind';

/** Stand-ins for the two constructors: an EventTarget with the static check. */
function sourceClass(supported: string[], extra: Record<string, unknown> = {}) {
  return class extends EventTarget {
    static isTypeSupported = (type: string) => supported.includes(type);
    constructor() {
      super();
      Object.assign(this, extra);
    }
  };
}

describe('mediaSourceKind', () => {
  it('prefers MediaSource where there is one', () => {
    const kind = mediaSourceKind({
      MediaSource: sourceClass(['audio/mpeg']),
      ManagedMediaSource: sourceClass([]),
    });
    expect(kind?.managed).toBe(false);
    expect(kind?.isTypeSupported('audio/mpeg')).toBe(true);
  });

  it('uses ManagedMediaSource where MediaSource is missing (Safari on iPhone)', () => {
    const Managed = sourceClass(['audio/mpeg']);
    const kind = mediaSourceKind({ ManagedMediaSource: Managed });
    expect(kind?.managed).toBe(true);
    expect(kind?.isTypeSupported('audio/mpeg')).toBe(true);
    expect(kind?.create()).toBeInstanceOf(Managed);
  });

  it('has none where neither exists: the plain download plays', () => {
    expect(mediaSourceKind({})).toBeNull();
  });
});

describe('whenStreaming', () => {
  it('goes on at once for a plain source or a managed one that is streaming', async () => {
    const Plain = sourceClass([]);
    const Streaming = sourceClass([], { streaming: true });
    await expect(whenStreaming(new Plain() as unknown as MediaSource)).resolves.toBeUndefined();
    await expect(whenStreaming(new Streaming() as unknown as MediaSource)).resolves.toBeUndefined();
  });

  it('waits for startstreaming while a managed source has paused the appends', async () => {
    const Paused = sourceClass([], { streaming: false });
    const source = new Paused() as unknown as MediaSource;
    let resumed = false;
    const waiting = whenStreaming(source).then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    source.dispatchEvent(new Event('startstreaming'));
    await waiting;
    expect(resumed).toBe(true);
  });
});
