import { fieldClass } from '../../ui/button-styles';

interface ReadOnlyFieldProps {
  id: string;
  label: string;
  value: string;
  /** A snippet over a few lines (the embed code) rather than one line (the link). */
  lines?: number;
}

/** Text to copy: labelled, read-only, selected whole when focused so Ctrl+C takes all of it. */
export function ReadOnlyField({ id, label, value, lines }: ReadOnlyFieldProps) {
  const select = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    e.currentTarget.select();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {lines ? (
        <textarea
          id={id}
          readOnly
          rows={lines}
          value={value}
          onFocus={select}
          className={`${fieldClass} resize-none font-mono text-xs`}
        />
      ) : (
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          onFocus={select}
          className={`${fieldClass} font-mono text-xs`}
        />
      )}
    </div>
  );
}
