/**
 * The core journeys, written once and run in Chromium, Firefox and WebKit: what a person does
 * with a share link or a task, in whichever browser they happen to use.
 */
import {
  endMovesOn,
  lookupLiveHandOver,
  playWaveformSeek,
  watchVideo,
  waveformGrows,
} from './playback-journeys.ts';
import { embedPlays, shareLinkAtTheEnd, shareLinkCues } from './share-journeys.ts';
import type { Journey } from './journey-types.ts';

export type { Journey, JourneyContext } from './journey-types.ts';

export const JOURNEYS: Journey[] = [
  lookupLiveHandOver,
  playWaveformSeek,
  waveformGrows,
  // WebKit once stalled at the end in 4 tries of 11: it is asked twenty times.
  endMovesOn((d) => (d.engine === 'webkit' ? 20 : 3)),
  watchVideo,
  shareLinkCues,
  shareLinkAtTheEnd,
  embedPlays,
];
