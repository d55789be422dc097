/**
 * Waveform peaks off the main thread, as the bytes arrive: the MP3 is read from the network a
 * chunk at a time, cut into frames, decoded by WebCodecs' AudioDecoder, and each decoded block
 * is folded into running peaks and released at once. Memory stays at a few hundred KB however
 * long the clip; no whole-file buffer or whole-clip PCM ever exists.
 *
 * One job at a time (compute-peaks.ts queues them); a `cancel` stops the current one.
 */
import { Mp3FrameSplitter, type Mp3Frame } from './mp3-frames';
import { PeakAccumulator } from './peak-accumulator';
import type { PeaksFailure, PeaksReply, PeaksRequest } from './peaks-protocol';

// tsconfig.app has only the DOM lib; this is the part of a worker's global scope used here.
interface WorkerScope {
  postMessage(message: PeaksReply): void;
  onmessage: ((event: MessageEvent<PeaksRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Encoded frames allowed to wait in the decoder before reading more of the network body. */
const MAX_DECODE_QUEUE = 24;

class JobFailure extends Error {
  constructor(
    readonly reason: PeaksFailure,
    readonly status?: number,
  ) {
    super(reason);
  }
}

const running = new Map<number, AbortController>();

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'probe') {
    void probe().then((supported) => scope.postMessage({ type: 'probe', supported }));
  } else if (msg.type === 'cancel') {
    running.get(msg.id)?.abort();
  } else if (msg.type === 'peaks') {
    const controller = new AbortController();
    running.set(msg.id, controller);
    peaks(msg.url, msg.count, controller.signal)
      .then(
        ({ peaks: values, duration }) =>
          scope.postMessage({ type: 'done', id: msg.id, peaks: values, duration }),
        (e: unknown) => {
          if (controller.signal.aborted) scope.postMessage({ type: 'cancelled', id: msg.id });
          else if (e instanceof JobFailure)
            scope.postMessage({ type: 'error', id: msg.id, error: e.reason, status: e.status });
          else scope.postMessage({ type: 'error', id: msg.id, error: 'decode' });
        },
      )
      .finally(() => running.delete(msg.id));
  }
};

async function probe(): Promise<boolean> {
  if (typeof AudioDecoder === 'undefined' || typeof EncodedAudioChunk === 'undefined') return false;
  try {
    const { supported } = await AudioDecoder.isConfigSupported({
      codec: 'mp3',
      sampleRate: 44100,
      numberOfChannels: 2,
    });
    return supported === true;
  } catch {
    return false;
  }
}

async function peaks(
  url: string,
  count: number,
  signal: AbortSignal,
): Promise<{ peaks: number[]; duration: number }> {
  let res: Response;
  try {
    res = await fetch(url, { signal, mode: 'cors', credentials: 'omit' });
  } catch (e) {
    if (signal.aborted) throw e;
    // A TypeError from fetch on a reachable host is almost always a CORS refusal.
    throw new JobFailure('cors');
  }
  if (!res.ok) throw new JobFailure('network', res.status);

  const splitter = new Mp3FrameSplitter();
  const accumulator = new PeakAccumulator();
  const pcm = new PcmReader();
  let decoder: AudioDecoder | null = null;
  let failure: unknown = null;
  let fedSamples = 0;

  const feed = async (frames: Mp3Frame[]) => {
    for (const frame of frames) {
      if (frame.isTag) continue;
      const { sampleRate, channels, samplesPerFrame } = frame.header;
      if (!decoder) {
        const config: AudioDecoderConfig = { codec: 'mp3', sampleRate, numberOfChannels: channels };
        const support = await AudioDecoder.isConfigSupported(config).catch(() => null);
        if (!support?.supported) throw new JobFailure('unsupported');
        signal.throwIfAborted();
        decoder = new AudioDecoder({
          output: (data) => {
            try {
              accumulator.add(pcm.channel0(data), data.numberOfFrames, data.sampleRate);
            } catch (e) {
              failure ??= e;
            } finally {
              data.close();
            }
          },
          error: (e) => {
            failure ??= e;
          },
        });
        decoder.configure(config);
      }
      if (failure) throw new JobFailure('decode');
      decoder.decode(
        new EncodedAudioChunk({
          type: 'key',
          timestamp: Math.round((fedSamples * 1e6) / sampleRate),
          data: frame.data,
        }),
      );
      fedSamples += samplesPerFrame;
      // Backpressure: let the decoder catch up rather than queueing the whole file.
      while (decoder.decodeQueueSize > MAX_DECODE_QUEUE && !failure) {
        signal.throwIfAborted();
        await dequeued(decoder);
      }
    }
  };

  try {
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (e) {
            if (signal.aborted) throw e;
            throw new JobFailure('network');
          }
          signal.throwIfAborted();
          if (chunk.done) break;
          await feed(splitter.push(chunk.value));
        }
      } finally {
        reader.releaseLock();
      }
    } else {
      await feed(splitter.push(new Uint8Array(await res.arrayBuffer())));
    }
    await feed(splitter.flush());
    signal.throwIfAborted();
    if (!decoder) throw new JobFailure('decode'); // not a single MP3 frame
    const active: AudioDecoder = decoder;
    try {
      await active.flush();
    } catch {
      throw new JobFailure('decode');
    }
    if (failure || accumulator.sampleCount === 0) throw new JobFailure('decode');
    return { peaks: accumulator.peaks(count), duration: accumulator.duration };
  } finally {
    const active = decoder as AudioDecoder | null;
    if (active && active.state !== 'closed') active.close();
  }
}

/** Resolves at the decoder's next dequeue event, or after a short wait at most. */
function dequeued(decoder: AudioDecoder): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      decoder.removeEventListener('dequeue', done);
      resolve();
    };
    const timer = setTimeout(done, 50);
    decoder.addEventListener('dequeue', done);
  });
}

/**
 * Channel 0 of an AudioData as float samples, in one buffer reused across blocks. Asks the
 * browser to convert to f32-planar; falls back to reading the native format if it will not.
 */
class PcmReader {
  private floats = new Float32Array(4096);
  private raw = new ArrayBuffer(0);
  private convert = true;

  channel0(data: AudioData): Float32Array {
    const frames = data.numberOfFrames;
    if (this.floats.length < frames) this.floats = new Float32Array(frames * 2);
    if (this.convert) {
      try {
        data.copyTo(this.floats, { planeIndex: 0, format: 'f32-planar' });
        return this.floats;
      } catch {
        this.convert = false;
      }
    }
    return this.native(data);
  }

  private native(data: AudioData): Float32Array {
    const format = data.format;
    const frames = data.numberOfFrames;
    const size = data.allocationSize({ planeIndex: 0 });
    if (this.raw.byteLength < size) this.raw = new ArrayBuffer(size * 2);
    data.copyTo(this.raw, { planeIndex: 0 });
    const planar = format?.endsWith('-planar') ?? false;
    const stride = planar ? 1 : data.numberOfChannels;
    const out = this.floats;
    switch (format) {
      case 'f32':
      case 'f32-planar': {
        const src = new Float32Array(this.raw, 0, size / 4);
        for (let i = 0; i < frames; i += 1) out[i] = src[i * stride]!;
        break;
      }
      case 's16':
      case 's16-planar': {
        const src = new Int16Array(this.raw, 0, size / 2);
        for (let i = 0; i < frames; i += 1) out[i] = src[i * stride]! / 32768;
        break;
      }
      case 's32':
      case 's32-planar': {
        const src = new Int32Array(this.raw, 0, size / 4);
        for (let i = 0; i < frames; i += 1) out[i] = src[i * stride]! / 2147483648;
        break;
      }
      case 'u8':
      case 'u8-planar': {
        const src = new Uint8Array(this.raw, 0, size);
        for (let i = 0; i < frames; i += 1) out[i] = (src[i * stride]! - 128) / 128;
        break;
      }
      default:
        throw new Error(`unsupported sample format ${String(format)}`);
    }
    return out;
  }
}
