import { Modal } from '../../../ui/modal';
import { SHORTCUTS } from '../engine/shortcut-list';

/** "?": the keys the player answers to, anywhere but in a text field. */
export default function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Modal open title="Keyboard shortcuts" onClose={onClose}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(({ keys, does }) => (
          <div key={does} className="contents">
            <dt className="flex gap-1">
              {keys.map((key) =>
                key === '…' ? (
                  <span key={key}>…</span>
                ) : (
                  <kbd
                    key={key}
                    className="rounded border border-zinc-300 px-1.5 font-mono text-xs dark:border-zinc-700"
                  >
                    {key}
                  </kbd>
                ),
              )}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
