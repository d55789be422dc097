import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Modal } from './modal';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

/** A button that opens a dialog which unmounts on close, as Share and Settings do. */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? (
        <Modal open title="Share" onClose={() => setOpen(false)}>
          <input aria-label="Share link" autoFocus />
        </Modal>
      ) : null}
    </>
  );
}

describe('Modal', () => {
  it('gives focus back to the control that opened it when it goes away', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const button = screen.getByRole('button', { name: 'Share' });
    await user.click(button);
    screen.getByRole('textbox', { name: 'Share link' }).focus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Share link' })).toBeNull();
    expect(button).toHaveFocus();
  });
});
