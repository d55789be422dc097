import { useState } from 'react';
import { secondaryButton } from './button-styles';

/** Copies text to the clipboard and says whether that worked. */
export function CopyButton({ label, text }: { label: string; text: string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setDone('Copied.'),
            () => setDone('Copying is blocked here.'),
          );
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-xs text-zinc-600 dark:text-zinc-400">
        {done}
      </span>
    </span>
  );
}
