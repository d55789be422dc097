import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../../domain/clip';
import { createSourceSlot } from './current-source-slot';
import { attachPlainSource } from './plain-source';
import { attachStream } from './stream-source';

vi.mock('./stream-source', () => ({
  attachStream: vi.fn(() => ({ streaming: true, feed: null, close: () => undefined })),
}));
vi.mock('./plain-source', () => ({
  attachPlainSource: vi.fn(() => ({ streaming: false, feed: null, close: () => undefined })),
}));

/** A stand-in MediaSource that accepts exactly these types. */
function stubMediaSource(supported: string[]) {
  vi.stubGlobal(
    'MediaSource',
    class extends EventTarget {
      static isTypeSupported = (type: string) => supported.includes(type);
    },
  );
}

const clip = { id: 'clip-1', status: 'complete', duration: 120 } as Clip;
const url = 'https://cdn1.suno.ai/clip-1.mp3';

function load(): boolean {
  const slot = createSourceSlot(() => undefined);
  slot.load(document.createElement('audio'), clip, url, 0, false);
  return slot.streaming;
}

describe('the source slot', () => {
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => vi.unstubAllGlobals());

  it('streams where audio/mpeg is refused but MP3 in MP4 is taken (Firefox)', () => {
    stubMediaSource(['audio/mp4; codecs="mp3"']);
    expect(load()).toBe(true);
    expect(attachStream).toHaveBeenCalledOnce();
    expect(attachPlainSource).not.toHaveBeenCalled();
  });

  it('streams where audio/mpeg is taken', () => {
    stubMediaSource(['audio/mpeg']);
    expect(load()).toBe(true);
    expect(attachStream).toHaveBeenCalledOnce();
  });

  it('leaves the file to the element where neither is taken', () => {
    stubMediaSource(['audio/mp4; codecs="mp4a.40.2"']);
    expect(load()).toBe(false);
    expect(attachStream).not.toHaveBeenCalled();
    expect(attachPlainSource).toHaveBeenCalledWith(expect.any(HTMLAudioElement), url);
  });
});
