import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import SettingsDialog from './settings-dialog';
import { readSettings } from './settings-store';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function open() {
  render(
    <SettingsDialog
      open
      settings={readSettings()}
      onClose={() => undefined}
      onSaved={() => undefined}
    />,
  );
}

describe('settings dialog', () => {
  it('keeps Base URL a plain textbox and offers a provider’s other hosts as buttons', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Provider'), 'sunoapi.org / kie.ai');
    const base = screen.getByRole('textbox', { name: 'Base URL' });
    expect(base).toHaveValue('https://api.sunoapi.org');
    expect(screen.getByRole('button', { name: 'api.sunoapi.org' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'api.kie.ai' }));
    expect(base).toHaveValue('https://api.kie.ai');
    expect(screen.getByRole('button', { name: 'api.kie.ai' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('offers no host buttons for a provider with one host', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Provider'), 'sunoapi.com');
    expect(screen.getByRole('textbox', { name: 'Base URL' })).toBeInTheDocument();
    expect(screen.queryByText(/The same API is served at/)).toBeNull();
  });

  it('saves the chosen host for that provider', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Provider'), 'sunoapi.org / kie.ai');
    await user.click(screen.getByRole('button', { name: 'api.kie.ai' }));
    await user.type(screen.getByLabelText('API key'), 'sk-kie-0123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = readSettings();
    expect(saved.kind).toBe('sunoapi-org');
    expect(saved.baseUrls['sunoapi-org']).toBe('https://api.kie.ai');
    expect(saved.keys['sunoapi-org']?.origin).toBe('https://api.kie.ai');
  });
});
