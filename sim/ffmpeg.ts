import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let cachedPath: string | undefined;

/** No ffmpeg on this machine: media that is not prebuilt or cached cannot be made here. */
export class FfmpegMissingError extends Error {}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The ffmpeg on PATH, else the one shipped by the optional npm package @ffmpeg-installer/ffmpeg. */
export function ffmpegPath(): string {
  if (cachedPath) return cachedPath;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'ffmpeg');
    if (dir && isExecutable(candidate)) return (cachedPath = candidate);
  }
  try {
    const require = createRequire(import.meta.url);
    const installer = require('@ffmpeg-installer/ffmpeg') as { path: string };
    // npm sometimes unpacks the binary without its execute bit.
    if (!isExecutable(installer.path)) chmodSync(installer.path, 0o755);
    return (cachedPath = installer.path);
  } catch (error) {
    throw new FfmpegMissingError(
      'ffmpeg not found: install it or the npm package @ffmpeg-installer/ffmpeg',
      { cause: error },
    );
  }
}

/** ffmpeg runs at once, at most: a burst of first requests must not fork a process each. */
const MAX_RUNNING = 2;
let running = 0;
const queued: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => queued.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    queued.shift()?.();
  };
}

/** Runs ffmpeg with `input` on stdin; rejects with the tail of stderr on failure. */
export async function runFfmpeg(args: readonly string[], input?: Buffer): Promise<void> {
  const release = await slot();
  try {
    await runOnce(args, input);
  } finally {
    release();
  }
}

function runOnce(args: readonly string[], input?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim()}`));
    });
    // ffmpeg may exit before reading all of stdin on error; the close handler reports that.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
