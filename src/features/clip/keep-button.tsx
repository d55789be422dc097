import { useState } from 'react';
import { unkeep, useKept } from '../../api/kept/kept-store';
import type { Clip } from '../../domain/clip';
import { MenuOutlet, useInMenu, useMenuItem } from '../../ui/menu-item';
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
  const item = useMenuItem('menuitemcheckbox');
  // A menu item says "on" with aria-checked; a button of its own is pressed.
  const state = useInMenu() ? { 'aria-checked': isKept } : { 'aria-pressed': isKept };

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
        {...item}
        {...state}
        aria-busy={saving !== undefined || undefined}
        disabled={saving !== undefined || !ready}
        title={isKept ? 'Kept on this device: press to remove the local copy' : undefined}
        onClick={() => void toggle()}
      >
        {saving !== undefined ? `Keeping…${percent(saving)}` : isKept ? 'Kept' : 'Keep'}
      </button>
      {error ? (
        <MenuOutlet>
          <p role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
            {error}
          </p>
        </MenuOutlet>
      ) : null}
    </div>
  );
}

/**
 * A card's word for its Keep, whose button sits in the card's menu: "Kept", or how far the
 * keeping is; nothing for a clip that is not kept.
 */
export function KeptBadge({ clip }: { clip: Pick<Clip, 'id'> }) {
  const isKept = useKept((s) => s.records.some((r) => r.clip.id === clip.id));
  const saving = useKept((s) => (clip.id in s.saving ? (s.saving[clip.id] ?? null) : undefined));
  if (saving === undefined && !isKept) return null;
  return (
    <span
      className="inline-flex items-center rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
      title={isKept ? 'Kept on this device' : undefined}
    >
      {saving !== undefined ? `Keeping…${percent(saving)}` : 'Kept'}
    </span>
  );
}
