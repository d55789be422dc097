/** The embeddable player: one clip, its own audio element, made to live in other sites' iframes. */
export { EmbedPlayer, type EmbedPlayerProps } from './embed-player';
