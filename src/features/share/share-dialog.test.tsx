import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../../domain/clip';
import type { ProviderKind } from '../../domain/providers';
import { readSnapshot } from '../../domain/share-snapshot';
import ShareDialog from './share-dialog';

const ID = 'c1a50001-0000-4000-8000-000000000001';
const CLIP: Clip = {
  ...blankClip(ID),
  title: 'Night "Drive" <b>',
  status: 'complete',
  handle: 'owl',
  audioUrl: 'https://cdn1.suno.ai/a.mp3?Signature=x',
  imageUrl: 'https://cdn2.suno.ai/c.jpeg',
  duration: 42,
};

function open(provider: ProviderKind, clip: Clip = CLIP, at = 0) {
  render(
    <ShareDialog
      clip={clip}
      provider={provider}
      target={{ mode: 'clips', ids: [ID] }}
      currentTime={() => at}
      onClose={() => undefined}
    />,
  );
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

describe('share dialog', () => {
  it('offers the embed code of the clip’s player and a QR code of the link', async () => {
    open('demo');
    const code = field('Embed code').value;
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(
      `${window.location.origin}/embed/clips/${ID}?p=demo&clip=${ID}`,
    );
    expect(frame?.getAttribute('title')).toBe('Night "Drive" <b> · Clip Viewer');
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR code of the share link' })).toBeVisible();
    // The Demo plays for anyone: no copy to offer.
    expect(screen.queryByRole('checkbox', { name: /playable copy/ })).toBeNull();
  });

  it('shares a moment at the very end as a moment just before it', () => {
    open('demo', CLIP, 42);
    expect(new URL(field('Share link').value).searchParams.get('t')).toBe('41.5');
  });

  it('adds a playable copy to the link’s fragment only when asked', async () => {
    open('sunoapi-com');
    const option = screen.getByRole('checkbox', { name: 'Include a playable copy of the links' });
    expect(option).not.toBeChecked();
    expect(option).toHaveAccessibleDescription(/without an API key/);
    expect(field('Share link').value).not.toContain('#');
    await userEvent.click(option);
    const link = new URL(field('Share link').value);
    const read = readSnapshot(link.hash);
    expect(read).toMatchObject({
      ok: true,
      snapshot: { title: CLIP.title, audioUrl: CLIP.audioUrl },
    });
    expect(field('Embed code').value).toContain(link.hash);
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'QR code of the share link' })).toBeVisible(),
    );
  });

  it('cannot copy a clip that has no finished audio', () => {
    open('sunoapi-com', { ...CLIP, status: 'streaming' });
    expect(screen.getByRole('checkbox', { name: /playable copy/ })).toBeDisabled();
  });
});
