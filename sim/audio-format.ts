/**
 * Some providers' recovered files are `.m4a` (AAC in MP4) rather than `.mp3`. Tasks and clips
 * whose ID starts `aac4` are finished at their first query and hand out such audio, so the
 * app's handling of a non-MP3 file can be tried with no real provider.
 */

export const M4A_ID_PREFIX = 'aac4';

export function servesM4a(id: string): boolean {
  return id.toLowerCase().startsWith(M4A_ID_PREFIX);
}

/** The extension of a finished clip's audio file on the simulated CDN. */
export function audioExtension(clipId: string): 'mp3' | 'm4a' {
  return servesM4a(clipId) ? 'm4a' : 'mp3';
}
