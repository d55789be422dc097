import { beforeEach, describe, expect, it, vi } from 'vitest';

async function freshPlayer() {
  vi.resetModules();
  return (await import('./player-store')).player;
}

describe('player volume and mute', () => {
  beforeEach(() => localStorage.clear());

  it('persist across page loads', async () => {
    const first = await freshPlayer();
    expect(first.getState().volume).toBe(1);
    expect(first.getState().muted).toBe(false);
    first.setVolume(0.35);
    first.toggleMute();

    const second = await freshPlayer();
    expect(second.getState().volume).toBe(0.35);
    expect(second.getState().muted).toBe(true);
    // The media element, made on first use, starts with them.
    const media = second.element();
    expect(media.volume).toBeCloseTo(0.35);
    expect(media.muted).toBe(true);
  });

  it('clamps volume and ignores junk in storage', async () => {
    localStorage.setItem('clip-viewer:volume', 'loud');
    const p = await freshPlayer();
    expect(p.getState().volume).toBe(1);
    p.setVolume(7);
    expect(p.getState().volume).toBe(1);
    p.setVolume(-1);
    expect(p.getState().volume).toBe(0);
  });

  it('creates no media element until something plays', async () => {
    document.querySelectorAll('audio').forEach((a) => a.remove());
    await freshPlayer();
    expect(document.querySelectorAll('audio')).toHaveLength(0);
  });
});
