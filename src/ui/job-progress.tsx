import { secondaryButton } from './button-styles';

/**
 * How far a job over many clips has got (a ZIP, keeping them), with Cancel: one look for
 * every such job.
 */
export function JobProgress({
  label,
  done,
  total,
  text,
  onCancel,
}: {
  /** The progress bar's name ("Clips in the ZIP"). */
  label: string;
  done: number;
  total: number;
  /** What is shown beside it ("3 of 10 clips"). */
  text: string;
  onCancel: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <progress
        className="h-2 w-32 accent-violet-600"
        aria-label={label}
        aria-valuetext={`${done} of ${total} clips`}
        value={done}
        max={total}
      />
      <span>{text}</span>
      <button type="button" className={secondaryButton} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
