import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../../domain/clip';

async function freshPlayer() {
  vi.resetModules();
  const { Player } = await import('./player-store');
  return new Player();
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

describe('continuous play', () => {
  function clip(id: string, status: Clip['status'] = 'complete'): Clip {
    return { id, status, audioUrl: `https://cdn.example/${id}.mp3`, duration: 60 } as Clip;
  }

  beforeEach(() => {
    localStorage.clear();
    // jsdom has no media playback; the element's events are what the player follows.
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue(undefined);
  });

  it('plays the next clip of the lookup when one ends, skipping clips with no audio', async () => {
    const p = await freshPlayer();
    const [a, b, c] = [clip('a'), clip('b', 'error'), clip('c')];
    p.setQueue([a, b, c], null);
    await p.play(a);
    p.element().dispatchEvent(new Event('ended'));
    await vi.waitFor(() => expect(p.getState().clipId).toBe('c'));
    // The last clip ending leaves it loaded, stopped.
    p.element().dispatchEvent(new Event('ended'));
    await p.next();
    expect(p.getState().clipId).toBe('c');
    expect(p.getState().playing).toBe(false);
  });

  it('stops at the end of a clip when Autoplay next is off, and remembers that', async () => {
    localStorage.setItem('clip-viewer:autoplay-next', 'false');
    const p = await freshPlayer();
    const [a, c] = [clip('a'), clip('c')];
    p.setQueue([a, c], null);
    await p.play(a);
    p.element().dispatchEvent(new Event('ended'));
    // With the setting off, the end of a clip asks for nothing more.
    expect(p.getState().clipId).toBe('a');
    expect(p.getState().playing).toBe(false);
  });

  it('a clip cued at its end (a share link) does not move on to the next when it ends', async () => {
    const p = await freshPlayer();
    const [a, c] = [clip('a'), clip('c')];
    p.setQueue([a, c], null);
    p.cue(a, 60);
    // Kept just before the end, where every browser can cue it.
    expect(p.currentTime()).toBeCloseTo(59.5);
    p.element().dispatchEvent(new Event('ended'));
    await Promise.resolve();
    expect(p.getState().clipId).toBe('a');
    // Played from there, its end moves on as usual.
    await p.play(a);
    p.element().dispatchEvent(new Event('ended'));
    await vi.waitFor(() => expect(p.getState().clipId).toBe('c'));
  });

  it('moves to the previous and next clips, and back to the start at the first', async () => {
    const p = await freshPlayer();
    const [a, c] = [clip('a'), clip('c')];
    p.setQueue([a, c], null);
    await p.play(a);
    await p.next();
    expect(p.getState().clipId).toBe('c');
    await p.next();
    expect(p.getState().clipId).toBe('c');
    await p.previous();
    expect(p.getState().clipId).toBe('a');
    await p.previous();
    expect(p.getState().clipId).toBe('a');
  });

  it('counts seeks made before the media can seek from each other, not from zero', async () => {
    const p = await freshPlayer();
    await p.play(clip('a'));
    // jsdom's element never gets metadata: like a source still loading on a busy machine.
    expect(p.element().readyState).toBe(HTMLMediaElement.HAVE_NOTHING);
    p.skip(5);
    p.skip(5);
    p.skip(5);
    expect(p.currentTime()).toBe(15);
    p.element().dispatchEvent(new Event('loadedmetadata'));
    expect(p.element().currentTime).toBe(15);
  });
});

describe('coming back after a reload', () => {
  function clip(id: string): Clip {
    return {
      id,
      status: 'complete',
      audioUrl: `https://cdn.example/${id}.mp3`,
      duration: 60,
    } as Clip;
  }

  beforeEach(() => {
    localStorage.clear();
    document.querySelectorAll('audio').forEach((a) => a.remove());
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue(undefined);
  });

  async function listenUntil(at: number, id = 'b') {
    const p = await freshPlayer();
    p.setQueue([clip('a'), clip(id)], null);
    await p.play(clip(id));
    const media = p.element();
    media.dispatchEvent(new Event('play'));
    media.currentTime = at;
    media.dispatchEvent(new Event('pause'));
    return p;
  }

  it('brings back the clip and the second it was paused at, paused, fetching nothing', async () => {
    await listenUntil(42);
    document.querySelectorAll('audio').forEach((a) => a.remove());

    const next = await freshPlayer();
    next.setQueue([clip('a'), clip('b')], null);
    expect(next.getState()).toMatchObject({ clipId: 'b', playing: false, resumed: true });
    expect(next.currentTime()).toBe(42);
    expect(document.querySelectorAll('audio')).toHaveLength(0);
    // A seek before playing moves where it will start.
    next.seek(30);
    expect(next.currentTime()).toBe(30);

    await next.play(clip('b'));
    expect(next.getState().resumed).toBe(false);
    expect(next.currentTime()).toBe(30);
  });

  it('brings back nothing in a lookup without that clip, or once it was heard to its end', async () => {
    await listenUntil(42);
    const other = await freshPlayer();
    other.setQueue([clip('c')], null);
    expect(other.getState().clipId).toBeNull();

    localStorage.clear();
    await listenUntil(59.5);
    const ended = await freshPlayer();
    ended.setQueue([clip('a'), clip('b')], null);
    expect(ended.getState().clipId).toBeNull();
  });
});
