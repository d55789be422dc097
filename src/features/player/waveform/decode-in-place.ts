import type { MPEGDecoder } from 'mpg123-decoder';

/**
 * The parts of mpg123-decoder 1.0.3 (pinned) that `decode()` itself uses. Its `decode()` copies
 * every block of samples into new arrays and then concatenates them: for peaks that is only
 * garbage, megabytes a second for the worker's collector. Reading the decoder's own output
 * buffer in place keeps the worker's memory flat.
 */
interface Internals {
  _common?: {
    wasm?: {
      mpeg_decoder_feed(decoder: number, input: number, length: number): number;
      mpeg_decoder_read(
        decoder: number,
        output: number,
        outputLength: number,
        samplesDecoded: number,
        sampleRate: number,
        errorString: number,
      ): number;
    };
  };
  _decoder: number;
  _input: { ptr: number; len: number; buf: Uint8Array };
  _output: { ptr: number; len: number; buf: Float32Array };
  _samplesDecodedPtr: { ptr: number; buf: Uint32Array };
  _sampleRatePtr: { ptr: number; buf: Uint32Array };
  _errorStringPtr: { ptr: number };
}

const NEED_MORE = -10;
const NEW_FORMAT = -11;

/** Calls `take` with each block of the first channel's samples, as a view valid during the call. */
export function decodeInPlace(
  decoder: MPEGDecoder,
  bytes: Uint8Array,
  take: (samples: Float32Array, sampleRate: number) => void,
): void {
  const d = decoder as unknown as Internals;
  const wasm = d._common?.wasm;
  if (!wasm || !d._input || !d._output) {
    // Another version of the library: its public, copying decode() still works.
    const out = decoder.decode(bytes);
    const channel = out.channelData[0];
    if (channel && out.samplesDecoded > 0)
      take(channel.subarray(0, out.samplesDecoded), out.sampleRate);
    return;
  }
  for (let offset = 0; offset < bytes.length;) {
    const chunk = bytes.subarray(offset, offset + d._input.len);
    offset += chunk.length;
    d._input.buf.set(chunk);
    if (wasm.mpeg_decoder_feed(d._decoder, d._input.ptr, chunk.length) === NEED_MORE) continue;
    for (;;) {
      d._samplesDecodedPtr.buf[0] = 0;
      const error = wasm.mpeg_decoder_read(
        d._decoder,
        d._output.ptr,
        d._output.len,
        d._samplesDecodedPtr.ptr,
        d._sampleRatePtr.ptr,
        d._errorStringPtr.ptr,
      );
      const samples = d._samplesDecodedPtr.buf[0] ?? 0;
      // Output is planar: the first channel's samples come first.
      if (samples > 0) take(d._output.buf.subarray(0, samples), d._sampleRatePtr.buf[0] ?? 0);
      if (error === NEW_FORMAT) continue;
      // Needs more bytes, or a damaged frame that the next bytes resynchronise past.
      if (error !== 0 || samples === 0) break;
    }
  }
}
