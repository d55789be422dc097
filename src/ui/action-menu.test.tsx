import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ActionMenu } from './action-menu';
import { MenuOutlet, useMenuItem } from './menu-item';

function Item({ name, onPick }: { name: string; onPick?: () => void }) {
  const item = useMenuItem();
  return (
    <button type="button" {...item} onClick={onPick}>
      {name}
    </button>
  );
}

/** An action whose note shows outside the menu, as Download's does. */
function NoteItem() {
  const item = useMenuItem();
  const [note, setNote] = useState<string | null>(null);
  return (
    <>
      <button type="button" {...item} onClick={() => setNote('Saved')}>
        Save
      </button>
      {note ? (
        <MenuOutlet>
          <p role="status">{note}</p>
        </MenuOutlet>
      ) : null}
    </>
  );
}

function Harness({ onShare = () => {} }: { onShare?: () => void }) {
  const [outlet, setOutlet] = useState<HTMLDivElement | null>(null);
  return (
    <div>
      <button type="button">Before</button>
      <ActionMenu label="More actions for Song" outlet={outlet}>
        <Item name="Share" onPick={onShare} />
        <Item name="Keep" />
        <NoteItem />
      </ActionMenu>
      <div ref={setOutlet} data-testid="outlet" />
      <button type="button">After</button>
    </div>
  );
}

const trigger = () => screen.getByRole('button', { name: 'More actions for Song' });

describe('ActionMenu', () => {
  it('is a closed menu button until opened', () => {
    render(<Harness />);
    expect(trigger()).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens with Enter on the first item; arrows move and wrap; Escape returns focus', async () => {
    render(<Harness />);
    trigger().focus();
    await userEvent.keyboard('{Enter}');
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'Share' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Keep' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Share' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Share' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it('opens with Space or ArrowDown on the first item, ArrowUp on the last', async () => {
    render(<Harness />);
    trigger().focus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('menuitem', { name: 'Share' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Share' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Save' })).toHaveFocus();
  });

  it('closes when an item is chosen, back on the trigger, and the item acts', async () => {
    const onShare = vi.fn();
    render(<Harness onShare={onShare} />);
    trigger().focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(onShare).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it('closes on a click outside and on Tab', async () => {
    render(<Harness />);
    await userEvent.click(trigger());
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'After' }));
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.click(trigger());
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    // On to what follows the menu, not back to the top of the page.
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('shows what an action says outside the menu, which has closed', async () => {
    render(<Harness />);
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Save' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByTestId('outlet')).toHaveTextContent('Saved');
    expect(screen.getByRole('status')).toBeVisible();
  });
});
