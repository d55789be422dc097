/**
 * Keeping a clip on this device: its audio as it came (an MP3 is kept untagged, and tagged
 * when saved from the copy), its cover, and what spares the device work later (peaks,
 * timings). Links that fail are healed through the lookup, as downloads are.
 */
import { keep, setSaving } from '../../api/kept/kept-store';
import type { KeptRecord } from '../../api/kept/kept-record';
import { readPeaks } from '../../api/peaks-store';
import type { AlignedWord } from '../../domain/timed-lyrics';
import { audioDownloadOf } from '../../domain/audio-format';
import { displayTitle, finalAudioUrl, type Clip } from '../../domain/clip';
import type { LookupTarget } from '../../domain/lookup-target';
import type { ProviderKind } from '../../domain/providers';
import { fetchHealed, refusalOf, sameFile, typedAs } from './fetch-media';

/** Where the clip was found and how to ask again: what the page knows and this feature does not. */
export interface KeepSource {
  provider: ProviderKind;
  target: LookupTarget;
  /** Asks the provider for the clip again when one of its links fails. */
  refresh: (clipId: string, failedUrl: string) => Promise<Clip | null>;
  /** The clip's timed words where its provider times them. */
  timedOf?: (clip: Clip) => Promise<AlignedWord[] | null>;
}

/** Stores the clip; throws an Error whose message says why not, in words for the person. */
export async function keepClip(
  clip: Clip,
  source: KeepSource,
  signal?: AbortSignal,
): Promise<void> {
  const audioUrl = finalAudioUrl(clip);
  if (!audioUrl) throw new Error(`“${displayTitle(clip)}” has no finished audio to keep yet.`);
  const freshUrl = (ext: string) => async (failed: string) => {
    const fresh = await source.refresh(clip.id, failed);
    return fresh ? sameFile(ext, fresh) : null;
  };
  const { ext, type } = audioDownloadOf(audioUrl);
  setSaving(clip.id, null);
  try {
    const audio = (
      await fetchHealed(audioUrl, freshUrl(ext), signal, (done) =>
        // Whole percents: a finer step would only re-render the button for nothing.
        setSaving(clip.id, done === null ? null : Math.floor(done * 100) / 100),
      )
    ).file;
    if (!(audio instanceof Blob))
      throw new Error(`“${displayTitle(clip)}” could not be kept: ${refusalOf(audio)}.`);
    const coverUrl = clip.imageLargeUrl ?? clip.imageUrl;
    const cover = coverUrl ? (await fetchHealed(coverUrl, freshUrl('jpeg'), signal)).file : null;
    const coverBlob = cover instanceof Blob ? cover : null;
    const [peaks, timed] = await Promise.all([
      readPeaks(clip.id),
      source.timedOf?.(clip).catch(() => null) ?? null,
    ]);
    signal?.throwIfAborted();
    const file = typedAs(audio, type);
    const record: KeptRecord = {
      clip,
      provider: source.provider,
      target: source.target,
      keptAt: Date.now(),
      audio: { type: file.type, bytes: file.size },
      cover: coverBlob ? { type: coverBlob.type, bytes: coverBlob.size } : null,
      peaks,
      timed,
    };
    await keep(record, file, coverBlob);
  } finally {
    setSaving(clip.id, undefined);
  }
}
