/**
 * The player, the one entry for code outside it. Its rooms: engine/ (the page's one media
 * element and playback), source/ (where the element's bytes come from: streaming, byte
 * ranges, healing), waveform/ (peaks, the decoder worker, the peaks cache) and ui/ (the
 * components). Pages reach playback through `usePlayback()`; the app's root makes the player with
 * `PlayerProvider`.
 */
export { ClipPlayer } from './ui/clip-player';
export { CompareButton } from './ui/compare-button';
export { NowPlaying } from './ui/now-playing';
export type { NowPlayingExtra } from './ui/now-playing-extra';
export { usePlayback, type Playback, type QueueOwner } from './engine/playback';
export { PlayerProvider } from './engine/player-context';
export { Player } from './engine/player-store';
export { PlayerShortcuts } from './ui/player-shortcuts';
export { usePlayheadPick } from './engine/use-player';
export { VideoButton } from './ui/video-button';
