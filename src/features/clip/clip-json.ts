import type { Clip } from '../../domain/clip';

/**
 * The clip as the app knows it, for "Copy JSON" and the JSON download. Built from the
 * normalized clip only, so nothing from settings (and never the API key) can be in it.
 */
export function clipJson(clip: Clip): string {
  return JSON.stringify(clip, null, 2);
}
