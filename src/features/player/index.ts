/**
 * The player: one media element for the page, the waveform and Seek slider in each card, the
 * now-playing bar, keyboard shortcuts and the video hand-off. Reached through `playback`.
 */
export { ClipPlayer } from './ui/clip-player';
export { CompareButton } from './ui/compare-button';
export { NowPlaying } from './ui/now-playing';
export { playback, type Playback, type QueueOwner } from './engine/playback';
export { usePlayerShortcuts } from './ui/use-player-shortcuts';
export { VideoButton } from './ui/video-button';
