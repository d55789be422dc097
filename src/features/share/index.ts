/** Sharing a clip: the Share button and its dialog (the link format lives in domain/). */
export { ShareButton, type ShareButtonProps } from './share-button';
