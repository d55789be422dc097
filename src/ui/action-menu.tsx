import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { MenuContext } from './menu-item';

const ITEMS = '[role="menuitem"],[role="menuitemcheckbox"]';

const triggerClass =
  'inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-lg leading-none text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-expanded:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:aria-expanded:bg-zinc-800';

interface ActionMenuProps {
  /** The trigger's accessible name ("More actions for Neon Harbor"). */
  label: string;
  /** The actions; each shows itself as a menu item inside (see useMenuItem). */
  children: ReactNode;
  /**
   * Where the actions show what belongs outside the menu (a note, an error; dialogs too,
   * though they sit on top of the page anyway): an element the card keeps in view.
   */
  outlet: HTMLElement | null;
}

/**
 * A "⋯" menu button (the ARIA menu button pattern): Enter, Space or ArrowDown open it on the
 * first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and focus goes
 * back to the trigger; Tab, a click elsewhere or choosing an item close it too.
 *
 * The items stay mounted while it is closed, so an action that opened a dialog or is still
 * working keeps its state; what an action shows outside the menu (a dialog, a note) goes to
 * the outlet, which stays visible.
 */
export function ActionMenu({ label, children, outlet }: ActionMenuProps) {
  const [open, setOpen] = useState(false);
  const [upward, setUpward] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = useId();
  const context = useMemo(() => ({ open, outlet }), [open, outlet]);

  const items = () =>
    [...(panel.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])].filter(
      (el) => !(el instanceof HTMLButtonElement && el.disabled),
    );

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === 'last' ? list.at(-1) : list[0])?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  function show(at: 'first' | 'last') {
    focusOnOpen.current = at;
    // Toward the roomier half of the screen: low on it, a menu opening down would go under
    // the now-playing bar, or past the end of the page.
    const rect = trigger.current?.getBoundingClientRect();
    setUpward(rect !== undefined && rect.top > window.innerHeight / 2);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    trigger.current?.focus();
  }

  function onTriggerKey(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    show(e.key === 'ArrowUp' ? 'last' : 'first');
  }

  function onPanelKey(e: KeyboardEvent<HTMLDivElement>) {
    // A dialog an item opened is portalled out, but its keys still bubble here through React.
    if (!panel.current?.contains(e.target as Node)) return;
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(-1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      // From the trigger, so Tab goes on to what follows the menu, not from a hidden item.
      trigger.current?.focus();
      setOpen(false);
    }
  }

  function onPanelClick(e: MouseEvent<HTMLDivElement>) {
    if (!panel.current?.contains(e.target as Node)) return;
    const item = (e.target as Element).closest(ITEMS);
    // An item that opens more of the menu (Download's files) leaves it open.
    if (item && !item.hasAttribute('aria-expanded')) close();
  }

  return (
    <MenuContext.Provider value={context}>
      <div ref={root} className="relative shrink-0" data-menu-open={open || undefined}>
        <button
          ref={trigger}
          type="button"
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={menuId}
          className={triggerClass}
          onClick={() => (open ? setOpen(false) : show('first'))}
          onKeyDown={onTriggerKey}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        <div
          ref={panel}
          id={menuId}
          role="menu"
          aria-label={label}
          tabIndex={-1}
          hidden={!open}
          onKeyDown={onPanelKey}
          onClick={onPanelClick}
          onBlur={(e) => {
            if (e.relatedTarget && !root.current?.contains(e.relatedTarget)) setOpen(false);
          }}
          className={`absolute right-0 z-30 flex max-h-[calc(50vh-3rem)] w-56 overflow-y-auto ${upward ? 'bottom-full mb-1' : 'top-full mt-1'} max-w-[calc(100vw-2rem)] flex-col gap-0.5 rounded-xl border border-zinc-200 bg-white p-1 text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100`}
        >
          {children}
        </div>
      </div>
    </MenuContext.Provider>
  );
}
