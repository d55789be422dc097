import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, useLocation } from './router';

function Where() {
  const { pathname, search } = useLocation();
  return <p>{pathname + search}</p>;
}

describe('navigate', () => {
  const scrollTo = vi.fn();
  beforeEach(() => {
    window.history.replaceState(null, '', '/task/abc?p=demo');
    vi.stubGlobal('scrollTo', scrollTo);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    scrollTo.mockReset();
  });

  it('adds a history entry and starts the new page at the top', () => {
    const before = window.history.length;
    render(<Where />);
    act(() => navigate('/clips/x'));
    expect(screen.getByText('/clips/x')).toBeInTheDocument();
    expect(window.history.length).toBe(before + 1);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });

  it('with replace and keepScroll, changes the address in place and stays where it was', () => {
    const before = window.history.length;
    render(<Where />);
    act(() => navigate('/task/abc?p=demo&tag=rock', { replace: true, keepScroll: true }));
    expect(screen.getByText('/task/abc?p=demo&tag=rock')).toBeInTheDocument();
    expect(window.history.length).toBe(before);
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
