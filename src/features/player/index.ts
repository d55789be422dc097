/**
 * The player: one media element for the page, the waveform and Seek slider in each card, the
 * now-playing bar, keyboard shortcuts and the video hand-off. Reached through `playback`.
 */
export { ClipPlayer } from './clip-player';
export { CompareButton } from './compare-button';
export { NowPlaying } from './now-playing';
export { playback, type Playback, type QueueOwner } from './playback';
export { usePlayerShortcuts } from './use-player-shortcuts';
export { VideoButton } from './video-button';
