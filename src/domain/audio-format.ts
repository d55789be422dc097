/**
 * Which kind of audio file a clip's link leads to. Suno's files are MP3, but some providers'
 * recovered files are `.m4a` (AAC in MP4): those must not be streamed into an MP3 buffer or
 * an MP3 decoder, and download under their own extension. A link without a telling extension
 * (a live stream, a signed redirect) is `unknown`: treated as MP3 until its bytes say otherwise.
 */
export type AudioFormat = 'mp3' | 'm4a' | 'other' | 'unknown';

const BY_EXTENSION: Readonly<Record<string, AudioFormat>> = {
  mp3: 'mp3',
  m4a: 'm4a',
  mp4: 'm4a',
  aac: 'm4a',
  wav: 'other',
  ogg: 'other',
  oga: 'other',
  opus: 'other',
  flac: 'other',
  webm: 'other',
};

export function audioFormatOfUrl(url: string): AudioFormat {
  let pathname: string;
  try {
    pathname = new URL(url, 'http://x.invalid').pathname;
  } catch {
    return 'unknown';
  }
  const extension = /\.([a-z0-9]{2,5})$/i.exec(pathname)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || 'unknown';
}

/** From a response's Content-Type; types that say nothing (octet-stream, none) are `unknown`. */
export function audioFormatOfContentType(contentType: string | null): AudioFormat {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'audio/mpeg' || type === 'audio/mp3' || type === 'audio/mpeg3') return 'mp3';
  if (['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac', 'video/mp4'].includes(type))
    return 'm4a';
  if (type.startsWith('audio/') || type.startsWith('video/')) return 'other';
  return 'unknown';
}

/** Whether this link clearly leads to something other than MP3. */
export function isNotMp3(url: string): boolean {
  const format = audioFormatOfUrl(url);
  return format !== 'mp3' && format !== 'unknown';
}

/** How the clip's audio is offered for download: its menu label, extension and type. */
export function audioDownloadOf(url: string): { label: string; ext: string; type: string } {
  if (audioFormatOfUrl(url) === 'm4a') return { label: 'M4A audio', ext: 'm4a', type: 'audio/mp4' };
  return { label: 'MP3 audio', ext: 'mp3', type: 'audio/mpeg' };
}
