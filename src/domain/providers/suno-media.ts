/** Suno's own media hosts: the CDN that serves finished files and the live stream. */
export const SUNO_MEDIA_HOSTS: readonly string[] = [
  'cdn1.suno.ai',
  'cdn2.suno.ai',
  'audiopipe.suno.ai',
];
