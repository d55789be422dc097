import { hashToInt } from './ids.ts';

export type Waveform = 'sine' | 'triangle' | 'saw' | 'square';

/** One pre-rendered piece of music with its cover; every clip is shown as one of these. */
export interface MediaVariant {
  index: number;
  /** Exact seconds of audio in the MP3 served; it is also the clip's `metadata.duration`. */
  durationSec: number;
  /** MIDI note of the key's root. */
  rootNote: number;
  minor: boolean;
  bpm: number;
  lead: Waveform;
  pad: Waveform;
  /** Cover colours, as RGB. */
  colors: readonly [readonly [number, number, number], readonly [number, number, number]];
}

/*
 * At 32 kHz an MP3 frame holds 36 ms, so durations are whole multiples of 0.036 s: the encoded
 * file then has no partial last frame and its duration equals what the API reports.
 */
export const MEDIA_VARIANTS: readonly MediaVariant[] = [
  {
    index: 0,
    durationSec: 30.24,
    rootNote: 57,
    minor: true,
    bpm: 96,
    lead: 'triangle',
    pad: 'sine',
    colors: [
      [232, 93, 117],
      [40, 24, 72],
    ],
  },
  {
    index: 1,
    durationSec: 58.32,
    rootNote: 60,
    minor: false,
    bpm: 120,
    lead: 'square',
    pad: 'triangle',
    colors: [
      [255, 196, 61],
      [200, 60, 30],
    ],
  },
  {
    index: 2,
    durationSec: 87.12,
    rootNote: 62,
    minor: true,
    bpm: 84,
    lead: 'sine',
    pad: 'saw',
    colors: [
      [64, 180, 160],
      [16, 40, 60],
    ],
  },
  {
    index: 3,
    durationSec: 118.08,
    rootNote: 55,
    minor: false,
    bpm: 104,
    lead: 'saw',
    pad: 'sine',
    colors: [
      [120, 140, 255],
      [250, 220, 240],
    ],
  },
  {
    index: 4,
    durationSec: 151.2,
    rootNote: 64,
    minor: true,
    bpm: 132,
    lead: 'triangle',
    pad: 'square',
    colors: [
      [30, 30, 30],
      [255, 80, 40],
    ],
  },
  {
    index: 5,
    durationSec: 180,
    rootNote: 53,
    minor: false,
    bpm: 90,
    lead: 'sine',
    pad: 'triangle',
    colors: [
      [140, 220, 90],
      [20, 80, 50],
    ],
  },
  {
    index: 6,
    durationSec: 207.36,
    rootNote: 59,
    minor: true,
    bpm: 112,
    lead: 'square',
    pad: 'sine',
    colors: [
      [180, 90, 220],
      [255, 170, 120],
    ],
  },
  {
    index: 7,
    durationSec: 236.16,
    rootNote: 58,
    minor: false,
    bpm: 76,
    lead: 'triangle',
    pad: 'saw',
    colors: [
      [20, 110, 200],
      [240, 240, 200],
    ],
  },
];

/** Variants the hand-written demo clips use, so the demo looks the same on every machine. */
const PINNED_VARIANTS = new Map<string, number>();

export function pinVariant(clipId: string, variantIndex: number): void {
  PINNED_VARIANTS.set(clipId, variantIndex);
}

/** A pure function of the clip id, so media URLs work even before the clip's task was queried. */
export function variantIndexForClip(clipId: string): number {
  return PINNED_VARIANTS.get(clipId) ?? hashToInt(`variant:${clipId}`) % MEDIA_VARIANTS.length;
}

export function variantForClip(clipId: string): MediaVariant {
  return variantByIndex(variantIndexForClip(clipId));
}

export function variantByIndex(index: number): MediaVariant {
  const variant = MEDIA_VARIANTS[index];
  if (!variant) throw new RangeError(`no media variant ${index}`);
  return variant;
}
