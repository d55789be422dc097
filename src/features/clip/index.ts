/** One clip in full: details, lyrics, history, raw JSON, and its downloads. */
import { lazy } from 'react';

// Only a clip's own page shows its details; cards need just the download menu.
export const ClipDetails = lazy(() => import('./clip-details'));
export { DownloadMenu } from './download-menu';
export { LyricsSection, type LyricsFollow, type LyricsPosition } from './lyrics-section';
export { DownloadAllButton } from './download-all-button';
export { KeepButton, KeptBadge } from './keep-button';
export { KeepAllButton } from './keep-all-button';
export type { KeepSource } from './keep-clip';
