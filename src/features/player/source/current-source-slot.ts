import { audioFormatOfUrl, isNotMp3 } from '../../../domain/audio-format';
import type { Clip } from '../../../domain/clip';
import { growingPeaks } from '../waveform/growing-peaks';
import { appendFormatOf } from './append-format';
import { mediaSourceKind } from './media-source-kind';
import { attachPlainSource } from './plain-source';
import { attachStream } from './stream-source';
import type {
  AttachedSource,
  MediaFailure,
  PlayerPeakFeed,
  SourceRequest,
  SourceSlot,
  StreamingCode,
} from './types';

/** The MIME type a media element is asked about for a file of this format. */
const PLAYABLE_TYPE = { m4a: 'audio/mp4; codecs="mp4a.40.2"' } as const;

/** What the now-playing bar says when the media fails. */
function describeFailure(failure: MediaFailure, url: string | null): string {
  if (failure.kind === 'http') return `The audio host answered ${failure.status}.`;
  if (failure.kind === 'network') return 'The audio stopped arriving: check the connection.';
  const format = url ? audioFormatOfUrl(url) : 'unknown';
  // Browsers built without the patent-encumbered codecs (some Linux builds) lack AAC.
  if (format === 'm4a' && document.createElement('audio').canPlayType(PLAYABLE_TYPE.m4a) === '')
    return 'This browser cannot play M4A (AAC) audio, the format of this file.';
  if (format === 'other') return 'This browser cannot play this audio file or its format.';
  return 'This audio could not be played.';
}

/**
 * (Managed)MediaSource for MP3, as it is or repackaged in MP4, and readable fetch bodies: else
 * the browser's own download. The stream feeds an MP3 buffer and the MP3 decoder, so a file
 * that is clearly something else (an `.m4a`) is left to the element, which reads any format
 * the browser plays.
 */
function canStream(): boolean {
  return typeof ReadableStream !== 'undefined' && appendFormatOf(mediaSourceKind()) !== null;
}

function openSource(
  media: HTMLAudioElement,
  request: SourceRequest,
  plain: boolean,
): AttachedSource {
  // A kept clip's file is on this device (a blob: URL): the element reads and seeks it itself.
  if (plain || !canStream() || isNotMp3(request.url) || request.url.startsWith('blob:'))
    return attachPlainSource(media, request.url);
  return attachStream(media, request);
}

/**
 * The slot holding the media element's current source: the source of the loaded clip, the
 * waveform feed measuring its download, and which load is current (a newer one makes older
 * ones harmless). Loaded on demand with the streaming code; the player keeps one.
 */
class CurrentSourceSlot implements SourceSlot {
  private source: AttachedSource | null = null;
  /** Kept across a live stream's move to its MP3, so the waveform keeps growing. */
  private feed: PlayerPeakFeed | null = null;
  private token = 0;
  /** The file loaded now, for telling why it failed. */
  private url: string | null = null;

  constructor(private readonly onFailure: (failure: MediaFailure) => void) {}

  /** What the now-playing bar says about a failure. */
  describe(failure: MediaFailure): string {
    return describeFailure(failure, this.url);
  }

  get streaming(): boolean {
    return this.source?.streaming ?? false;
  }

  /** `plain`: the browser's own download, after streaming was refused. */
  load(media: HTMLAudioElement, clip: Clip, url: string, at: number, plain: boolean): void {
    this.url = url;
    const sameClip = this.feed?.clipId === clip.id;
    this.source?.close();
    this.source = null;
    const feed = sameClip && this.feed && !this.feed.done ? this.feed : null;
    if (!feed) this.feed?.close();
    this.feed = feed;
    const token = ++this.token;
    const current = () => token === this.token;
    const source = openSource(
      media,
      {
        clipId: clip.id,
        url,
        at,
        live: clip.status === 'streaming',
        duration: clip.duration,
        feed,
        wantsPeaks: !growingPeaks.get(clip.id)?.final,
        onFailure: (failure) => {
          if (current()) this.onFailure(failure);
        },
      },
      plain,
    );
    this.source = source;
    // The element's own download feeds no decoder: a drawing left up would grow no further.
    if (!source.streaming) feed?.close();
    this.feed = source.streaming ? (source.feed ?? feed) : null;
  }
}

export const createSourceSlot: StreamingCode['createSourceSlot'] = (onFailure) =>
  new CurrentSourceSlot(onFailure);
