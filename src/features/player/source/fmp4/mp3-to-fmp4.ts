import { Mp3FrameSplitter, type Mp3Frame } from './mp3-frames';
import { initSegment, mediaSegment, OTI_MPEG1_AUDIO, OTI_MPEG2_AUDIO } from './mp4-boxes';

const EMPTY = new Uint8Array(0);

/**
 * Repackages an MP3 byte stream as fragmented MP4, chunk by chunk, for browsers whose
 * MediaSource plays MP3 only inside MP4 (Firefox). Each pushed chunk gives back one media
 * segment holding the whole frames it completed (one sample per frame), preceded by the
 * initialization segment the first time; bytes of a frame cut by the chunk wait for the next.
 * One packager serves one fetch: its first frame is decoded at `startSeconds`.
 */
export class Mp3ToFmp4 {
  private readonly splitter = new Mp3FrameSplitter();
  private decodeTime = 0;
  private sequence = 0;
  private started = false;

  constructor(private readonly startSeconds: number) {}

  push(chunk: Uint8Array): Uint8Array {
    return this.pack(this.splitter.push(chunk));
  }

  /** What the stream's last bytes complete. */
  end(): Uint8Array {
    return this.pack(this.splitter.end());
  }

  private pack(frames: Mp3Frame[]): Uint8Array {
    const first = frames[0]?.header;
    if (!first) return EMPTY;
    let init: Uint8Array = EMPTY;
    if (!this.started) {
      this.started = true;
      this.decodeTime = Math.round(this.startSeconds * first.sampleRate);
      init = initSegment({
        sampleRate: first.sampleRate,
        channels: first.channels,
        objectType: first.version === 1 ? OTI_MPEG1_AUDIO : OTI_MPEG2_AUDIO,
        bitrate: first.bitrate,
      });
    }
    this.sequence += 1;
    const segment = mediaSegment({
      sequence: this.sequence,
      decodeTime: this.decodeTime,
      sampleDuration: first.samplesPerFrame,
      samples: frames.map((f) => f.bytes),
    });
    this.decodeTime += frames.length * first.samplesPerFrame;
    if (init.length === 0) return segment;
    const out = new Uint8Array(init.length + segment.length);
    out.set(init);
    out.set(segment, init.length);
    return out;
  }
}
