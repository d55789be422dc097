import { useState } from 'react';
import { unkeep, useKept } from '../../api/kept/kept-store';
import type { Clip } from '../../domain/clip';
import { secondaryButton } from '../../ui/button-styles';
import type { KeepSource } from './keep-clip';

function percent(progress: number | null): string {
  return progress === null ? '' : ` ${Math.round(progress * 100)}%`;
}

/** Words for a failure, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Keep": stores the clip on this device, showing how far it is; "Kept" (pressed) once it is
 * there, and pressing it again removes the local copy. A refusal is said under the button.
 */
export function KeepButton({ clip, source }: { clip: Clip; source: KeepSource }) {
  const ready = useKept((s) => s.status === 'ready');
  const isKept = useKept((s) => s.records.some((r) => r.clip.id === clip.id));
  const saving = useKept((s) => (clip.id in s.saving ? (s.saving[clip.id] ?? null) : undefined));
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setError(null);
    try {
      if (isKept) {
        await unkeep(clip.id);
        return;
      }
      const { keepClip } = await import('./keep-clip');
      await keepClip(clip, source);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <div className="contents">
      <button
        type="button"
        className={secondaryButton}
        aria-pressed={isKept}
        aria-busy={saving !== undefined || undefined}
        disabled={saving !== undefined || !ready}
        title={isKept ? 'Kept on this device: press to remove the local copy' : undefined}
        onClick={() => void toggle()}
      >
        {saving !== undefined ? `Keeping…${percent(saving)}` : isKept ? 'Kept' : 'Keep'}
      </button>
      {error ? (
        <p role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
