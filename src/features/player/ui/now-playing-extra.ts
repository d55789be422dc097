import type { ReactNode } from 'react';
import type { Clip } from '../../../domain/clip';
import type { QueueOwner } from '../engine/play-queue';

/** What the app adds to the now-playing bar for the clip loaded now (its lyrics button). */
export type NowPlayingExtra = (clip: Clip, owner: QueueOwner | null) => ReactNode;
