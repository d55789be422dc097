import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../domain/clip';
import { DownloadAllButton } from './download-all-button';
import { song } from './test-fixtures/songs';

let written: number;
beforeEach(() => {
  written = 0;
  // A save picker whose file counts the bytes written to it.
  vi.stubGlobal('showSaveFilePicker', () =>
    Promise.resolve({
      createWritable: () =>
        Promise.resolve(
          new WritableStream<Uint8Array>({ write: (chunk) => void (written += chunk.length) }),
        ),
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** An audio host that never answers, until the request is cancelled. */
function hangingUntilAborted(_input: unknown, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('Cancelled', 'AbortError')),
    );
  });
}

function renderButton(clips: Clip[]) {
  render(
    <DownloadAllButton
      clips={clips}
      refresh={() => Promise.resolve(null)}
      zipTitle={null}
      zipId={clips[0]?.id ?? ''}
    />,
  );
}

describe('DownloadAllButton', () => {
  it('shows "n of m clips" with Cancel while the audio is read, and Cancel stops it', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(hangingUntilAborted));
    const user = userEvent.setup();
    renderButton([song(1), song(2)]);
    await user.click(screen.getByRole('button', { name: 'Download all' }));
    const bar = await screen.findByRole('progressbar', { name: 'Clips in the ZIP' });
    expect(bar).toHaveAttribute('aria-valuetext', '0 of 2 clips');
    expect(screen.getByText('0 of 2 clips')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Cancelled: no ZIP was saved.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download all' })).toBeInTheDocument();
  });

  it('goes on while its button is out of view, and shows its bar and Cancel again on return', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(hangingUntilAborted));
    const user = userEvent.setup();
    renderButton([song(1)]);
    await user.click(screen.getByRole('button', { name: 'Download all' }));
    await screen.findByRole('progressbar', { name: 'Clips in the ZIP' });
    cleanup();
    renderButton([song(1)]);
    expect(screen.getByText('0 of 1 clips')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Cancelled: no ZIP was saved.');
  });

  it('names each clip left out, and why, once the ZIP is written', async () => {
    const network = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', network);
    const user = userEvent.setup();
    renderButton([song(1, { status: 'error' }), song(2, { status: 'streaming' })]);
    await user.click(screen.getByRole('button', { name: 'Download all' }));
    expect(await screen.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      'None of the 2 clips could be read, so Suno clips - 5a1e0001.zip holds none. Left out: Song 1 (it failed); Song 2 (it is not finished yet).',
    );
    expect(network).not.toHaveBeenCalled();
    // Even an empty ZIP has its end record.
    expect(written).toBeGreaterThan(0);
  });
});
