import { blankClip, type Clip } from './clip';

/**
 * Suno's public CDN serves a clip's audio, video and covers by ID with no key. A share link
 * opened by someone without a key for its provider still plays from these addresses.
 * Build-time overrides let the simulator stand in for the CDN in tests and demos.
 */
function base(envValue: unknown, fallback: string): string {
  const raw = typeof envValue === 'string' && envValue.trim() ? envValue.trim() : fallback;
  const absolute = new URL(raw, window.location.origin).toString();
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}

export function cdnClip(id: string): Clip {
  const audio = base(import.meta.env.VITE_SUNO_CDN_AUDIO, 'https://cdn1.suno.ai/');
  const images = base(import.meta.env.VITE_SUNO_CDN_IMAGES, 'https://cdn2.suno.ai/');
  return {
    ...blankClip(id),
    status: 'complete',
    rawStatus: 'complete',
    audioUrl: `${audio}${id}.mp3`,
    videoUrl: `${audio}${id}.mp4`,
    imageUrl: `${images}image_${id}.jpeg`,
    imageLargeUrl: `${images}image_large_${id}.jpeg`,
  };
}
