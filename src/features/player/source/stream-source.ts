/**
 * One download per played clip: the page fetches the MP3 and tees each chunk into the media
 * element's SourceBuffer and the waveform decoder. A seek past what has arrived starts a Range
 * request from the byte the moment should be at (MP3 is close to constant bit rate), so
 * seeking ahead stays instant and the waveform fills in from there. Where MediaSource takes MP3
 * only inside MP4 (Firefox), the buffer's share is repackaged on the way (append-format).
 */
import { audioFormatOfContentType } from '../../../domain/audio-format';
import { fetchAudio, WaveformUnavailable } from '../waveform/fetch-audio';
import { openPeakFeed, type PeakFeed } from '../waveform/peak-feed';
import { readPeaks } from '../waveform/peaks-cache';
import { appendFormatOf, type AppendFormat } from './append-format';
import { holdsMoment } from './buffered-at';
import { mediaSourceKind, whenStreaming } from './media-source-kind';
import type { AttachedSource, MediaFailure, SourceRequest } from './types';

/** A seek this far past what has arrived waits for it rather than fetching again. */
const ARRIVING_SECONDS = 4;
/**
 * A seek to the very end still fetches this much before it: with no frames there the stream
 * would end where the download had got to, cutting the clip short.
 */
const TAIL_SECONDS = 2;
/** Kept behind the playhead when the buffer is full and room must be made. */
const KEEP_BEHIND_SECONDS = 10;

function totalBytes(res: Response): number | null {
  const range = /\/(\d+)\s*$/.exec(res.headers.get('content-range') ?? '');
  const total = Number(range?.[1] ?? (res.status === 200 ? res.headers.get('content-length') : ''));
  return Number.isFinite(total) && total > 0 ? total : null;
}

/** A host that names another format is believed; one that names none may be sending MP3. */
function mayBeMp3(res: Response): boolean {
  const format = audioFormatOfContentType(res.headers.get('content-type'));
  return format === 'mp3' || format === 'unknown';
}

function failureOf(e: unknown): MediaFailure {
  if (e instanceof WaveformUnavailable) {
    if (e.reason === 'cors') return { kind: 'cors' };
    return e.status ? { kind: 'http', status: e.status } : { kind: 'network' };
  }
  return { kind: 'network' };
}

class StreamSource implements AttachedSource {
  readonly streaming = true;
  feed: PeakFeed | null;
  private readonly source: MediaSource;
  private readonly format: AppendFormat;
  private buffer: SourceBuffer | null = null;
  private controller: AbortController | null = null;
  /** Bumped by every new fetch and by close(): older loops see it and stop. */
  private generation = 0;
  /** Seconds into the clip where the current fetch's bytes begin. */
  private segmentStart = 0;
  private fetching = false;
  private total: number | null = null;
  private probed = false;
  private closed = false;

  constructor(
    private readonly media: HTMLAudioElement,
    private readonly request: SourceRequest,
  ) {
    this.feed = request.feed as PeakFeed | null;
    if (!this.feed && request.wantsPeaks) {
      this.feed = openPeakFeed(request.clipId, request.duration, 'player');
      // A waveform cached on an earlier visit makes this decode pointless.
      const feed = this.feed;
      if (feed) void readPeaks(request.clipId).then((p) => p && feed.close());
    }
    if (this.feed && request.duration) this.feed.setDuration(request.duration);
    const kind = mediaSourceKind();
    const format = appendFormatOf(kind);
    if (!kind || !format) throw new Error('No MediaSource for MP3: the slot checks first.');
    this.format = format;
    this.source = kind.create();
    // A managed source (iPhone Safari) opens only when the element cannot be cast elsewhere.
    if (kind.managed) media.disableRemotePlayback = true;
    const url = URL.createObjectURL(this.source);
    this.source.addEventListener('sourceopen', () => this.open(url), { once: true });
    media.addEventListener('seeking', this.onSeeking);
    // Playing on into a stretch that was skipped by a seek ahead: fetch it now.
    media.addEventListener('waiting', this.onWaiting);
    media.src = url;
  }

  close(): void {
    this.closed = true;
    this.generation += 1;
    this.controller?.abort();
    this.media.removeEventListener('seeking', this.onSeeking);
    this.media.removeEventListener('waiting', this.onWaiting);
  }

  private open(url: string): void {
    URL.revokeObjectURL(url);
    if (this.closed) return;
    try {
      this.buffer = this.source.addSourceBuffer(this.format.mime);
      // Frames follow one another from timestampOffset, whatever times the bytes carry. MP3
      // carries none; the MP4 packaging's decode times start at the same moment, but a Range
      // from an estimated byte only lands near it, and this keeps both formats on the one
      // estimate the waveform's segment uses too.
      this.buffer.mode = 'sequence';
      if (!this.request.live && this.request.duration) this.source.duration = this.request.duration;
    } catch {
      this.fail({ kind: 'media' });
      return;
    }
    void this.fetchFrom(this.request.at);
  }

  private fail(failure: MediaFailure): void {
    if (this.closed) return;
    this.close();
    this.request.onFailure(failure);
  }

  private readonly onSeeking = () => this.bringData(true);
  /** A seek makes the element wait too: `seeking` already judged what has arrived. */
  private readonly onWaiting = () => {
    if (!this.media.seeking) this.bringData(false);
  };

  /**
   * Fetches from the playhead unless its bytes are on their way. A seek into what has arrived
   * needs nothing; the element waiting means it has run out, whatever the ranges say.
   */
  private bringData(afterSeek: boolean): void {
    if (this.closed || this.request.live || !this.buffer) return;
    const t = this.media.currentTime;
    const ended = this.source.readyState === 'ended';
    const duration = this.request.live ? null : (this.request.duration ?? null);
    if (afterSeek && holdsMoment(this.buffer.buffered, t, { duration, ended })) return;
    if (this.fetching && t >= this.segmentStart && t <= this.arrivedUntil() + ARRIVING_SECONDS)
      return;
    void this.fetchFrom(t);
  }

  /** The end of what the current fetch has buffered so far. */
  private arrivedUntil(): number {
    const ranges = this.buffer?.buffered;
    if (!ranges) return this.segmentStart;
    for (let i = 0; i < ranges.length; i += 1) {
      if (ranges.start(i) <= this.segmentStart + 0.5 && ranges.end(i) >= this.segmentStart)
        return ranges.end(i);
    }
    return this.segmentStart;
  }

  private async fetchFrom(at: number): Promise<void> {
    const generation = ++this.generation;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { live, duration } = this.request;
    const start = !live && duration ? Math.max(0, Math.min(at, duration - TAIL_SECONDS)) : at;
    this.segmentStart = start;
    this.fetching = true;
    const offset =
      !live && start > 0 && this.total && duration
        ? Math.floor((start / duration) * this.total)
        : 0;
    // Starting mid-clip with the file's length unknown: one byte tells it (Content-Range).
    const probe = !live && start > 0 && !this.total && !this.probed;
    this.probed ||= probe;
    let res: Response;
    try {
      res = await fetchAudio(
        this.request.url,
        controller.signal,
        live ? undefined : { Range: probe ? 'bytes=0-0' : `bytes=${offset}-` },
      );
    } catch (e) {
      if (generation === this.generation) this.fail(failureOf(e));
      return;
    }
    if (generation !== this.generation) return void res.body?.cancel();
    if (!mayBeMp3(res)) {
      // AAC bytes in an MP3 buffer fail at best and play noise at worst: the element's own
      // download plays the file instead, and the card measures its waveform another way.
      void res.body?.cancel();
      this.feed?.close();
      return this.fail({ kind: 'media' });
    }
    this.total ??= totalBytes(res);
    const from = res.status === 206 ? offset : 0;
    if (probe && res.status === 206) {
      // Its length is known now (or never will be: then the whole file, from its start).
      void res.body?.cancel();
      return this.fetchFrom(at);
    }
    await this.pipe(res, from === 0 ? 0 : start, generation);
  }

  private async pipe(res: Response, startTime: number, generation: number): Promise<void> {
    const buffer = this.buffer;
    const reader = res.body?.getReader();
    if (!buffer || !reader) return this.fail({ kind: 'media' });
    try {
      await this.idle();
      if (generation !== this.generation) return void reader.cancel();
      // A fetch cut off mid-frame left a partial frame in the parser.
      if (this.source.readyState === 'open') buffer.abort();
      buffer.timestampOffset = startTime;
      this.segmentStart = startTime;
      this.feed?.segment(startTime);
      // The waveform decoder reads the MP3 as it came; the buffer, in the format it takes.
      const packager = this.format.packager(startTime);
      for (;;) {
        const { done, value } = await reader.read();
        if (generation !== this.generation) return void reader.cancel();
        if (done) break;
        this.feed?.push(value);
        await this.append(packager.push(value), generation);
      }
      await this.append(packager.end(), generation);
      if (generation !== this.generation) return;
      this.fetching = false;
      this.feed?.end();
      await this.idle();
      if (generation === this.generation && this.source.readyState === 'open') {
        // Lets the element reach `ended` at the last byte.
        this.source.endOfStream();
      }
    } catch (e) {
      if (generation === this.generation && !this.closed) this.fail(failureOf(e));
    }
  }

  private async append(bytes: Uint8Array, generation: number): Promise<void> {
    const buffer = this.buffer;
    if (!buffer || bytes.length === 0) return;
    for (;;) {
      await this.idle();
      // A managed source may ask for a pause in appends (to save power); it says when to resume.
      await whenStreaming(this.source);
      if (generation !== this.generation) return;
      try {
        buffer.appendBuffer(bytes as Uint8Array<ArrayBuffer>);
        await this.idle();
        return;
      } catch (e) {
        if (!(e instanceof DOMException) || e.name !== 'QuotaExceededError') throw e;
        await this.makeRoom(buffer);
      }
    }
  }

  /** The buffer is full: drop what is well behind the playhead, or wait for playback. */
  private async makeRoom(buffer: SourceBuffer): Promise<void> {
    const before = this.media.currentTime - KEEP_BEHIND_SECONDS;
    const start = buffer.buffered.length > 0 ? buffer.buffered.start(0) : before;
    if (start < before - 1) {
      buffer.remove(0, before);
      await this.idle();
    } else {
      await new Promise((resolve) => window.setTimeout(resolve, 1000));
    }
  }

  private idle(): Promise<void> {
    const buffer = this.buffer;
    if (!buffer?.updating) return Promise.resolve();
    return new Promise((resolve) =>
      buffer.addEventListener('updateend', () => resolve(), { once: true }),
    );
  }
}

export function attachStream(media: HTMLAudioElement, request: SourceRequest): AttachedSource {
  return new StreamSource(media, request);
}
