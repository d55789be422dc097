import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, type GalleryFacets, type GalleryView } from '../../domain/gallery-view';
import GalleryControls from './gallery-controls';

const facets: GalleryFacets = {
  statuses: ['complete', 'error'],
  tags: [
    { tag: 'synthwave', count: 3 },
    { tag: 'folk', count: 1 },
  ],
  models: ['v4', 'v5'],
};

/** The page's part: the view lives above the controls and comes back down. */
function Harness({ onChange, shown = 4 }: { onChange: (v: GalleryView) => void; shown?: number }) {
  const [view, setView] = useState(DEFAULT_VIEW);
  return (
    <GalleryControls
      view={view}
      layout={view.layout ?? 'grid'}
      facets={facets}
      shown={shown}
      total={500}
      onChange={(next) => {
        onChange(next);
        setView(next);
      }}
    />
  );
}

describe('GalleryControls', () => {
  it('offers the lookup’s tags most common first, and reports each choice', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect([...tag.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All',
      'synthwave (3)',
      'folk (1)',
    ]);
    await userEvent.selectOptions(tag, 'folk');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, tag: 'folk' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Error');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'v5');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Duration');
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_VIEW,
      tag: 'folk',
      status: 'error',
      model: 'v5',
      sort: 'duration',
    });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search clips' }), 'ab');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'ab' }));
  });

  it('shows Clear only once something is set, and Clear resets everything', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('4 of 500 clips');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Title');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_VIEW);
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
  });

  it('says so when nothing matches, with a way back to every clip', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} shown={0} />);
    expect(screen.getByText(/No clips match/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all clips' }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_VIEW);
  });

  it('switches between grid and list, and Clear leaves the layout be', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const view = screen.getByRole('group', { name: 'View' });
    const grid = within(view).getByRole('button', { name: 'Grid' });
    const list = within(view).getByRole('button', { name: 'List' });
    expect(grid).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(list);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, layout: 'list' });
    expect(list).toHaveAttribute('aria-pressed', 'true');
    expect(grid).toHaveAttribute('aria-pressed', 'false');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Title');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, layout: 'list' });
  });
});
