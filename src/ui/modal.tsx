import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs (video) ask for more room. */
  size?: 'md' | 'lg';
}

function focusedElement(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement : null;
}

/**
 * A native <dialog> opened with showModal(): the browser gives focus trapping, Escape and
 * the inert background for free. Focus goes back to the control that opened it, also when
 * the dialog is unmounted rather than closed (the browser's own return needs a close()).
 */
export function Modal({ open, title, onClose, children, size = 'md' }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read while rendering: by the time effects run, an autofocused field inside has the focus.
  const [openedFrom] = useState(() => (open ? focusedElement() : null));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const focused = focusedElement();
    const opener = openedFrom ?? (focused && !dialog.contains(focused) ? focused : null);
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // A dialog taken out of the page (not closed) leaves focus on <body>: give it back.
      const lost =
        document.activeElement === document.body || dialog.contains(document.activeElement);
      if (opener?.isConnected && lost) opener.focus();
    };
  }, [open, openedFrom]);

  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${size === 'lg' ? 'max-w-3xl' : 'max-w-md'} rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/60 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100`}
    >
      {open ? (
        <div className="p-5">
          <div className="mb-4 flex items-start justify-between gap-4">
            <h2 className="text-lg font-semibold">{title}</h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="rounded-lg px-2 py-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              ✕
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
