/**
 * "Download all": one ZIP of many clips, written as it is made. Loaded on the first click
 * (download-all-button imports it dynamically) with client-zip, so neither weighs on the page.
 */
import { downloadZip } from 'client-zip';
import { saveBlob } from './save-file';
import { zipEntries, type ZipJob, type ZipReport } from './zip-entries';

/** Where the ZIP goes: a file the person picked (streamed into it), or a browser download. */
export interface ZipTarget {
  name: string;
  /** From showSaveFilePicker, picked on the click itself (it needs the click's activation). */
  handle: FileSystemFileHandle | null;
}

/** The playlist is named after the ZIP, so the two are recognised as one set. */
function playlistNameOf(zipName: string): string {
  return zipName.replace(/\.zip$/i, '.m3u8');
}

/**
 * Makes the ZIP and saves it. With a picked file, the ZIP streams into it and memory holds
 * about one clip at a time. Without one (Firefox, Safari), the ZIP is gathered into a Blob
 * and handed over as a download: an anchor cannot take a stream, and a service worker that
 * could would be a second program to keep for this one button. Browsers keep large Blobs on
 * disk, so this costs disk more than memory. Rejects with an AbortError when cancelled; a
 * picked file is then discarded (its writer is aborted, so nothing half-made is kept).
 */
export async function downloadAll(job: ZipJob, target: ZipTarget): Promise<ZipReport> {
  const report: ZipReport = { included: 0, leftOut: [], notes: [] };
  const zip = downloadZip(zipEntries(job, playlistNameOf(target.name), report));
  if (!zip.body) throw new Error('The ZIP could not be made.');
  if (target.handle) {
    const writable = await target.handle.createWritable();
    await zip.body.pipeTo(writable, { signal: job.signal });
  } else {
    const blob = await zip.blob();
    job.signal.throwIfAborted();
    saveBlob(new Blob([blob], { type: 'application/zip' }), target.name);
  }
  return report;
}
