import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LookupForm } from './lookup-form';

const TASK = '5a1e0001-0000-4000-8000-000000000001';
const CLIP = '7070ec00-462e-42ac-9b9f-1074977f473f';

describe('LookupForm', () => {
  it('submits a task ID with Enter', async () => {
    const onLookup = vi.fn();
    render(<LookupForm kind="demo" initialText="" onLookup={onLookup} />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Task or clip ID' }),
      `${TASK}{Enter}`,
    );
    await waitFor(() => expect(onLookup).toHaveBeenCalledWith({ mode: 'task', taskIds: [TASK] }));
  });

  it('turns a song link into a clip lookup', async () => {
    const onLookup = vi.fn();
    render(<LookupForm kind="demo" initialText="" onLookup={onLookup} />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Task or clip ID' }),
      `https://suno.com/song/${CLIP}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Look up' }));
    await waitFor(() => expect(onLookup).toHaveBeenCalledWith({ mode: 'clips', ids: [CLIP] }));
  });

  it('explains bad input and does not look anything up', async () => {
    const onLookup = vi.fn();
    render(<LookupForm kind="demo" initialText="" onLookup={onLookup} />);
    const box = screen.getByRole('textbox', { name: 'Task or clip ID' });
    await userEvent.type(box, 'hello{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/task ID/i);
    expect(onLookup).not.toHaveBeenCalled();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('hello');
  });

  it('grows with a multi-line paste where the browser cannot size the box itself', () => {
    // jsdom, like WebKit, has no `field-sizing`: the box counts its lines (up to 8).
    const lines = Array.from({ length: 3 }, () => TASK).join('\n');
    const { unmount } = render(
      <LookupForm kind="demo" initialText={lines} onLookup={() => undefined} />,
    );
    expect(screen.getByRole('textbox', { name: 'Task or clip ID' })).toHaveAttribute('rows', '3');
    unmount();
    const many = Array.from({ length: 20 }, () => TASK).join('\n');
    render(<LookupForm kind="demo" initialText={many} onLookup={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Task or clip ID' })).toHaveAttribute('rows', '8');
  });
});
