import { finalAudioUrl } from '../../../domain/clip';
import { takesOf } from './play-queue';
import type { Player } from './player-store';

/** Typing somewhere must never be taken as a shortcut. */
function isTypingOrControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'VIDEO', 'AUDIO'].includes(target.tagName);
}

/**
 * Space play/pause, J/L ±10 s, ←/→ ±5 s, M mute, N/P next/previous clip, X next take at the
 * same moment, 1–9 the Nth take at the same moment (in a batch, takes of the same task), ?
 * the list of them (shortcut-list.ts).
 * Returns the way to stop listening.
 */
export function listenForShortcuts(player: Player, onHelp: () => void): () => void {
  function onKey(e: KeyboardEvent) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isTypingOrControl(e.target) || document.querySelector('dialog[open]')) return;
    const current = player.currentClip();
    const queue = player.getQueue();
    const takes = takesOf(queue, player.getState().owner, current?.id ?? null);
    const key = e.key.toLowerCase();
    const act = (fn: () => void) => {
      e.preventDefault();
      fn();
    };
    if (e.key === '?') act(onHelp);
    else if (key === ' ' || key === 'k') {
      const clip = current ?? queue.find((c) => c.audioUrl);
      if (clip) act(() => player.toggle(clip));
    } else if (!current) {
      if (/^[1-9]$/.test(key)) {
        const clip = takes[Number(key) - 1];
        if (clip?.audioUrl) act(() => void player.play(clip));
      }
    } else if (key === 'j') act(() => player.skip(-10));
    else if (key === 'l') act(() => player.skip(10));
    else if (key === 'arrowleft') act(() => player.skip(-5));
    else if (key === 'arrowright') act(() => player.skip(5));
    else if (key === 'm') act(() => player.toggleMute());
    else if (key === 'n') act(() => void player.next());
    else if (key === 'p') act(() => void player.previous());
    else if (key === 'x') {
      const playable = takes.filter((c) => finalAudioUrl(c) !== null);
      const at = playable.findIndex((c) => c.id === current.id);
      const next = playable[(at + 1) % playable.length];
      if (next && next.id !== current.id) act(() => player.switchTo(next));
    } else if (/^[1-9]$/.test(key)) {
      const clip = takes[Number(key) - 1];
      if (clip?.audioUrl && clip.id !== current.id) act(() => player.switchTo(clip));
    }
  }
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
