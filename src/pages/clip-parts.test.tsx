import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../domain/clip';
import { Player, PlayerProvider } from '../features/player';
import { LookupCard, type ClipOwner } from './clip-parts';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const OWNER: ClipOwner = {
  provider: 'sunoapi-co',
  target: { mode: 'task', taskIds: ['5a1e0001-0000-4000-8000-000000000001'] },
  refresh: () => Promise.resolve(null),
};

/** The card as the lookup page composes it: gallery card, player, share and downloads. */
function renderCard(clip: Clip, take: number | null = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PlayerProvider player={new Player()}>
        <LookupCard clip={clip} owner={OWNER} take={take} />
      </PlayerProvider>
    </QueryClientProvider>,
  );
}

function makeClip(over: Partial<Clip> = {}): Clip {
  return {
    ...blankClip('00e6b9e4-c29c-4cfe-8d7a-5b3f06ff5b90'),
    title: 'Starry ',
    status: 'complete',
    rawStatus: 'complete',
    handle: 'ambientlens971',
    displayName: 'AmbientLens971',
    avatarUrl: 'https://cdn1.suno.ai/defaultOrange.jpg',
    audioUrl: 'https://cdn1.suno.ai/00e6b9e4.mp3',
    videoUrl: 'https://cdn1.suno.ai/00e6b9e4.mp4',
    imageUrl: 'https://cdn2.suno.ai/image_00e6b9e4.jpeg',
    imageLargeUrl: 'https://cdn2.suno.ai/image_large_00e6b9e4.jpeg',
    isVideoPending: false,
    modelName: 'chirp-v3',
    modelVersion: 'v3.5',
    createdAt: '2024-07-22T07:56:36.711Z',
    tags: ['heavy metal', 'night'],
    lyrics: '[Verse]\nStars they shine above me\nMoonlight softly glows\n\n[Chorus]\nStarry night',
    descriptionPrompt: null,
    taskPrompt: null,
    duration: 191,
    clipType: 'gen',
    history: [],
    concatHistory: [],
    parentId: null,
    errorType: null,
    errorMessage: null,
    playCount: 0,
    upvoteCount: 0,
    isPublic: false,
    hasVocal: true,
    ...over,
  };
}

describe('LookupCard', () => {
  it('is a compact article: title, status, take, Play and Seek, the rest in its ⋯ menu', async () => {
    renderCard(makeClip(), 2);
    const card = screen.getByRole('article', { name: 'Starry' });
    expect(within(card).getByText('Complete')).toBeInTheDocument();
    expect(within(card).getByText('Take 2')).toBeInTheDocument();
    expect(within(card).getByText('@ambientlens971')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Tags' })).toHaveTextContent('heavy metal');
    expect(within(card).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    const seek = within(card).getByRole('slider', { name: 'Seek' });
    expect(seek).toHaveAttribute('aria-valuemax', '191');
    expect(seek).toHaveAttribute('aria-valuenow', '0');
    // Facts and lyrics are the clip page's.
    expect(within(card).queryByText('v3.5')).not.toBeInTheDocument();
    expect(within(card).queryByText(/Stars they shine/)).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();

    const more = within(card).getByRole('button', { name: 'More actions for Starry' });
    expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(more);
    const menu = within(card).getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Open clip page', 'Watch video', 'Share', 'Download']);
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Keep' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Open clip page' })).toHaveAttribute(
      'href',
      '/task/5a1e0001-0000-4000-8000-000000000001/clip/00e6b9e4-c29c-4cfe-8d7a-5b3f06ff5b90',
    );

    // Download opens its files in place, as more items of the same menu.
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Download' }));
    const files = await within(menu).findByRole('group', { name: 'Download files' });
    for (const item of [
      'MP3 audio',
      'MP4 video',
      'Cover image',
      'Lyrics (text)',
      'Details (JSON)',
    ]) {
      expect(within(files).getByRole('menuitem', { name: item })).toBeInTheDocument();
    }
    await userEvent.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('opens Share from the menu; the dialog outlives the closed menu', async () => {
    renderCard(makeClip());
    await userEvent.click(screen.getByRole('button', { name: 'More actions for Starry' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Share' }));
    expect(await screen.findByRole('dialog', { name: 'Share “Starry”' })).toBeVisible();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('says "Untitled clip" and shows a skeleton while queued', () => {
    renderCard(
      makeClip({
        title: '  ',
        status: 'queued',
        audioUrl: null,
        imageUrl: null,
        duration: null,
      }),
    );
    const card = screen.getByRole('article', { name: 'Untitled clip' });
    expect(within(card).getByText('Queued')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
  });

  it('shows the provider error message of an error clip', () => {
    renderCard(
      makeClip({
        status: 'error',
        errorMessage: 'Song Description contained artist name: X',
        audioUrl: null,
      }),
    );
    expect(screen.getByText('Error')).toBeInTheDocument();
    expect(screen.getByText(/contained artist name/)).toBeInTheDocument();
  });

  it('renders hostile text as text and marks a live stream', () => {
    renderCard(makeClip({ title: '<img src=x onerror=alert(1)>', status: 'streaming' }));
    expect(
      screen.getByRole('article', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByText('Streaming')).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says the video is being prepared while it is pending', () => {
    renderCard(makeClip({ isVideoPending: true, videoUrl: null }));
    expect(screen.getByText('Video is being prepared')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Watch video' })).not.toBeInTheDocument();
  });

  it('says a locked clip’s audio is locked instead of offering Play', () => {
    renderCard(makeClip({ audioUrl: null, audioProblem: 'locked' }));
    expect(screen.getByText(/audio is locked/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
  });
});
