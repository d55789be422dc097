/**
 * Whether bytes fed to mpg123 were MP3 at all. mpg123 resyncs on anything that looks like a
 * frame header, so AAC in MP4 does not decode to nothing: it yields a few seconds of noise at
 * sample rates that jump about, from far more bytes than any MP3 needs for that long. Both are
 * telling: MP3 tops out at 320 kbit/s, and a file keeps one sample rate.
 */

/** 384 kbit/s: above MP3's highest bit rate, with room for tags and a cover picture. */
const MAX_BYTES_PER_SECOND = 48_000;
/** Less than this is too little to judge the rate by (a tag, the tail of a stream). */
const MIN_BYTES = 64 * 1024;
/** Two changes of sample rate in one clip never happen in an MP3. */
const MAX_RATE_CHANGES = 1;

export class MpegCheck {
  private bytes = 0;
  private seconds = 0;
  private rate = 0;
  private rateChanges = 0;

  fed(byteCount: number): void {
    this.bytes += byteCount;
  }

  decoded(sampleCount: number, sampleRate: number): void {
    if (sampleRate <= 0) return;
    if (this.rate !== 0 && sampleRate !== this.rate) this.rateChanges += 1;
    this.rate = sampleRate;
    this.seconds += sampleCount / sampleRate;
  }

  /** False once the evidence says these bytes are not MP3. */
  looksLikeMpeg(): boolean {
    if (this.rateChanges > MAX_RATE_CHANGES) return false;
    if (this.bytes < MIN_BYTES) return true;
    return this.seconds > 0 && this.bytes / this.seconds <= MAX_BYTES_PER_SECOND;
  }
}
