import { useEffect } from 'react';
import { secondaryButton } from '../../ui/button-styles';
import { JobProgress } from '../../ui/job-progress';
import type { ZipJob, ZipReport } from './zip-entries';
import { setZipJob, useZipJob, zipJob } from './zip-jobs';
import { zipFileName } from './zip-parts';

type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A file to stream the ZIP into, where the browser has a save picker (Chromium); null where it
 * has none or refuses here (an iframe), and the ZIP is downloaded instead; 'cancelled' when
 * the person closed the picker.
 */
async function pickFile(name: string): Promise<FileSystemFileHandle | null | 'cancelled'> {
  const picker = (window as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return null;
  try {
    return await picker.call(window, {
      suggestedName: name,
      types: [{ description: 'ZIP archive', accept: { 'application/zip': ['.zip'] } }],
    });
  } catch (error) {
    return isAbort(error) ? 'cancelled' : null;
  }
}

function summaryOf(report: ZipReport, total: number, name: string): string {
  const parts = [
    report.included === 0
      ? `None of the ${total} clips could be read, so ${name} holds none.`
      : `Saved ${report.included} of ${total} clips in ${name}.`,
  ];
  if (report.leftOut.length > 0) {
    const list = report.leftOut.map((l) => `${l.title} (${l.reason})`).join('; ');
    parts.push(`Left out: ${list}.`);
  }
  parts.push(...report.notes);
  return parts.join(' ');
}

interface DownloadAllProps extends Omit<ZipJob, 'signal' | 'onProgress'> {
  /** The task's title, or null for clips from several tasks ("Suno clips"). */
  zipTitle: string | null;
  /** The task's ID, or the first clip's: its first 8 characters end the ZIP's name. */
  zipId: string;
  /** The heading that says whose clips these are: a batch has one button per task too. */
  describedBy?: string;
}

/**
 * One ZIP of every finished clip shown: each clip's tagged MP3, its cover and its LRC where
 * timed, and an .m3u8 playlist in gallery order. Shows how far it is, can be cancelled, and
 * says afterwards which clips could not be included and why. The ZIP goes on while the button
 * is out of view (zip-jobs); leaving the page does not stop it either, as a save would not.
 */
export function DownloadAllButton({ zipTitle, zipId, describedBy, ...job }: DownloadAllProps) {
  const name = zipFileName(zipTitle, zipId);
  const state = useZipJob(name);
  const running = state?.running ?? null;

  // A summary is for the person who was here; one who comes back finds the button afresh.
  useEffect(
    () => () => {
      if (!zipJob(name)?.running) setZipJob(name, null);
    },
    [name],
  );

  async function start() {
    if (zipJob(name)?.running) return;
    // The picker needs the click's activation, so it opens before anything is loaded.
    const handle = await pickFile(name);
    if (handle === 'cancelled') return;
    const controller = new AbortController();
    const total = job.clips.length;
    const progress = (done: number) =>
      setZipJob(name, { running: { done, total, controller }, summary: null });
    progress(0);
    let summary: string;
    try {
      const { downloadAll } = await import('./download-all');
      const report = await downloadAll(
        { ...job, signal: controller.signal, onProgress: progress },
        { name, handle },
      );
      summary = summaryOf(report, total, name);
    } catch (error) {
      summary =
        controller.signal.aborted || isAbort(error)
          ? 'Cancelled: no ZIP was saved.'
          : `The ZIP could not be saved: ${error instanceof Error ? error.message : String(error)}`;
    }
    setZipJob(name, { running: null, summary });
  }

  return (
    <div className="space-y-1">
      {running ? (
        <JobProgress
          label="Clips in the ZIP"
          done={running.done}
          total={running.total}
          text={`${running.done} of ${running.total} clips`}
          onCancel={() => running.controller.abort()}
        />
      ) : (
        <button
          type="button"
          className={secondaryButton}
          disabled={job.clips.length === 0}
          aria-describedby={describedBy}
          onClick={() => void start()}
        >
          Download all
        </button>
      )}
      {state?.summary ? (
        <p role="status" className="max-w-prose text-xs text-zinc-700 dark:text-zinc-300">
          {state.summary}
        </p>
      ) : null}
    </div>
  );
}
