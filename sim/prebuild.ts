import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { FfmpegMissingError, ffmpegPath } from './ffmpeg.ts';
import { SIM_MEDIA_DIR } from './media-names.ts';
import { MediaStore } from './media-store.ts';

export type PrebuildResult =
  { made: true; dir: string; files: number; bytes: number } | { made: false; reason: string };

/**
 * Renders every file the Demo can ask for into `<clientDir>/sim-media`, through the disk
 * cache the dev server and tests share (so each is generated once per machine), for hosts that
 * cannot make them: Workers, and a container without ffmpeg. Without ffmpeg it makes nothing
 * and says why; the Demo then has its API but no media, as such a host had before.
 */
export async function prebuildSimMedia(
  clientDir: string,
  cacheDir: string,
): Promise<PrebuildResult> {
  try {
    ffmpegPath();
  } catch (error) {
    if (error instanceof FfmpegMissingError) return { made: false, reason: error.message };
    throw error;
  }
  const files = await new MediaStore(cacheDir).warmAll();
  const dir = path.join(clientDir, SIM_MEDIA_DIR);
  // Only this build's files: a name from an older media version must not linger.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const file of new Set(files)) {
    copyFileSync(file, path.join(dir, path.basename(file)));
    bytes += statSync(file).size;
  }
  return { made: true, dir, files: new Set(files).size, bytes };
}
