import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { secondaryButton } from './button-styles';

/** Inside an ActionMenu: whether it is open, and where its actions put what shows outside it. */
export const MenuContext = createContext<{ open: boolean; outlet: HTMLElement | null } | null>(
  null,
);

export const menuItemClass =
  'flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:text-zinc-600 dark:hover:bg-zinc-800 dark:focus:bg-zinc-800 dark:aria-disabled:text-zinc-400';

/** Whether this action sits in a "⋯" menu (a card) rather than in a row of buttons (a page). */
export function useInMenu(): boolean {
  return useContext(MenuContext) !== null;
}

/** Whether the menu around this action is open; true outside a menu, where it always shows. */
export function useMenuOpen(): boolean {
  return useContext(MenuContext)?.open ?? true;
}

/**
 * The props that make an action's button look and behave as it should where it is: a menu
 * item (reached with the arrow keys, so out of the Tab order) or a button of its own.
 */
export function useMenuItem(role: 'menuitem' | 'menuitemcheckbox' = 'menuitem'): {
  role?: 'menuitem' | 'menuitemcheckbox';
  tabIndex?: number;
  className: string;
} {
  return useInMenu()
    ? { role, tabIndex: -1, className: menuItemClass }
    : { className: secondaryButton };
}

/**
 * What an action shows beside its button (a dialog, a note): out of a closed menu, which is
 * hidden, into the card's outlet; in place anywhere else.
 */
export function MenuOutlet({ children }: { children: ReactNode }) {
  const menu = useContext(MenuContext);
  return menu?.outlet ? createPortal(children, menu.outlet) : children;
}
