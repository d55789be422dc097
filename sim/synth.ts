import { seededRandom } from './ids.ts';
import type { MediaVariant, Waveform } from './media-variants.ts';

export const SAMPLE_RATE = 32_000;

const MAJOR_PROGRESSION = [0, 7, 9, 5]; // I – V – vi – IV
const MINOR_PROGRESSION = [0, 8, 3, 10]; // i – VI – III – VII
const MAJOR_PENTATONIC = [0, 2, 4, 7, 9, 12];
const MINOR_PENTATONIC = [0, 3, 5, 7, 10, 12];

function frequency(midiNote: number): number {
  return 440 * 2 ** ((midiNote - 69) / 12);
}

/** Band-limited enough for a demo: a few harmonics instead of a true alias-free oscillator. */
function oscillator(shape: Waveform, phase: number): number {
  const s1 = Math.sin(phase);
  switch (shape) {
    case 'sine':
      return s1;
    case 'triangle':
      return s1 - Math.sin(3 * phase) / 9 + Math.sin(5 * phase) / 25;
    case 'saw':
      return s1 + Math.sin(2 * phase) / 2 + Math.sin(3 * phase) / 3 + Math.sin(4 * phase) / 4;
    case 'square':
      return s1 + Math.sin(3 * phase) / 3 + Math.sin(5 * phase) / 5;
  }
}

function addTone(
  out: Float32Array,
  startSec: number,
  lengthSec: number,
  midiNote: number,
  shape: Waveform,
  gain: number,
): void {
  const start = Math.floor(startSec * SAMPLE_RATE);
  const length = Math.floor(lengthSec * SAMPLE_RATE);
  const step = (2 * Math.PI * frequency(midiNote)) / SAMPLE_RATE;
  const attack = Math.min(length, Math.floor(0.01 * SAMPLE_RATE));
  const end = Math.min(out.length, start + length);
  for (let i = start; i < end; i++) {
    const n = i - start;
    // Short attack then exponential decay, so notes do not click and chords breathe.
    const envelope = (n < attack ? n / attack : 1) * Math.exp((-3 * n) / length);
    out[i] = (out[i] ?? 0) + gain * envelope * oscillator(shape, step * n);
  }
}

function addKick(out: Float32Array, startSec: number, gain: number): void {
  const start = Math.floor(startSec * SAMPLE_RATE);
  const length = Math.floor(0.18 * SAMPLE_RATE);
  let phase = 0;
  for (let n = 0; n < length && start + n < out.length; n++) {
    const t = n / SAMPLE_RATE;
    phase += (2 * Math.PI * (50 + 90 * Math.exp(-t * 30))) / SAMPLE_RATE;
    out[start + n] = (out[start + n] ?? 0) + gain * Math.exp(-t * 18) * Math.sin(phase);
  }
}

function addNoiseHit(
  out: Float32Array,
  startSec: number,
  lengthSec: number,
  gain: number,
  random: () => number,
): void {
  const start = Math.floor(startSec * SAMPLE_RATE);
  const length = Math.floor(lengthSec * SAMPLE_RATE);
  for (let n = 0; n < length && start + n < out.length; n++) {
    const decay = Math.exp((-5 * n) / length);
    out[start + n] = (out[start + n] ?? 0) + gain * decay * (random() * 2 - 1);
  }
}

/**
 * Renders the variant's song as mono 16-bit little-endian PCM at SAMPLE_RATE. It yields to the
 * event loop every few bars: a long song takes over a second of CPU, and the dev server sharing
 * this thread must keep answering meanwhile.
 */
export async function renderSong(variant: MediaVariant): Promise<Buffer> {
  const totalSamples = Math.round(variant.durationSec * SAMPLE_RATE);
  const mix = new Float32Array(totalSamples);
  const random = seededRandom(variant.index * 7919 + 17);
  const beat = 60 / variant.bpm;
  const bar = 4 * beat;
  const progression = variant.minor ? MINOR_PROGRESSION : MAJOR_PROGRESSION;
  const scale = variant.minor ? MINOR_PENTATONIC : MAJOR_PENTATONIC;
  const third = variant.minor ? 3 : 4;
  // A four-bar melody repeated with variation keeps it song-like rather than random.
  const motif = Array.from({ length: 32 }, () => Math.floor(random() * scale.length));

  for (let barIndex = 0; barIndex * bar < variant.durationSec; barIndex++) {
    if (barIndex % 4 === 3) await new Promise<void>((resolve) => setImmediate(resolve));
    const barStart = barIndex * bar;
    const chordRoot = variant.rootNote + (progression[barIndex % progression.length] ?? 0);
    for (const interval of [0, third, 7]) {
      addTone(mix, barStart, bar, chordRoot - 12 + interval, variant.pad, 0.08);
    }
    for (let b = 0; b < 4; b++) {
      const t = barStart + b * beat;
      addTone(mix, t, beat * 0.9, chordRoot - 24 + (b === 2 ? 7 : 0), 'triangle', 0.22);
      if (b % 2 === 0) addKick(mix, t, 0.5);
      else addNoiseHit(mix, t, 0.12, 0.12, random);
      addNoiseHit(mix, t + beat / 2, 0.04, 0.05, random);
    }
    // The melody rests every fourth bar so sections are audible on a waveform.
    if (barIndex % 4 !== 3) {
      for (let e = 0; e < 8; e++) {
        const degree = motif[(barIndex % 4) * 8 + e] ?? 0;
        if ((barIndex + e) % 5 === 4) continue;
        const note = variant.rootNote + 12 + (scale[degree] ?? 0);
        addTone(mix, barStart + (e * beat) / 2, beat / 2, note, variant.lead, 0.12);
      }
    }
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
  return toPcm16(mix);
}

function toPcm16(mix: Float32Array): Buffer {
  let peak = 1e-6;
  for (const sample of mix) peak = Math.max(peak, Math.abs(sample));
  const fade = Math.floor(1.5 * SAMPLE_RATE);
  const pcm = Buffer.alloc(mix.length * 2);
  for (let i = 0; i < mix.length; i++) {
    const edge = Math.min(1, i / fade, (mix.length - 1 - i) / fade);
    const value = ((mix[i] ?? 0) / peak) * 0.85 * edge;
    pcm.writeInt16LE(Math.round(value * 32767), i * 2);
  }
  return pcm;
}
