import { createContext, useContext, type ReactNode } from 'react';
import type { Player } from './player-store';

const PlayerContext = createContext<Player | null>(null);

/** The page's one player, made by the app's root (not when a module loads) and handed down. */
export function PlayerProvider({ player, children }: { player: Player; children: ReactNode }) {
  return <PlayerContext.Provider value={player}>{children}</PlayerContext.Provider>;
}

export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer needs a PlayerProvider above it (the app root).');
  return player;
}
